import { describe, expect, it } from "vitest";
import { infleszBand, readabilityEs, splitSpanishSentences } from "./readability-es";

describe("readabilityEs", () => {
  it("matches a hand computation of all three scores", () => {
    // El(1) tratamiento(4) le(1) ayuda(3) = 4 words, 9 syllables;
    // Usted(2) va(1) a(1) un(1) grupo(2) tres(1) noches(2) por(1) semana(3) = 9 words, 14 syllables.
    const r = readabilityEs("El tratamiento le ayuda. Usted va a un grupo tres noches por semana.");
    expect(r).toMatchObject({ words: 13, sentences: 2, syllables: 23 });
    // 206.84 - 60*23/13 - 1.02*13/2 = 206.84 - 106.154 - 6.63
    expect(r.fernandezHuerta).toBeCloseTo(94.056, 3);
    // 206.835 - 62.3*23/13 - 13/2 = 206.835 - 110.223 - 6.5
    expect(r.inflesz).toBeCloseTo(90.112, 3);
    expect(r.infleszBand).toBe("muy fácil");
    // -0.205*(200/13) + 0.049*(2300/13) - 3.407 = -3.154 + 8.669 - 3.407
    expect(r.crawford).toBeCloseTo(2.108, 3);
  });

  it("rates long words in a long sentence as very hard", () => {
    // La(1) intervención(4) terapéutica(5) ambulatoria(5) intensiva(4) proporciona(4)
    // rehabilitación(6) multidisciplinaria(7) especializada(6) = 9 words, 42 syllables.
    const r = readabilityEs(
      "La intervención terapéutica ambulatoria intensiva proporciona rehabilitación multidisciplinaria especializada.",
    );
    expect(r).toMatchObject({ words: 9, sentences: 1, syllables: 42 });
    expect(r.fernandezHuerta).toBeCloseTo(206.84 - 280 - 9.18, 5);
    expect(r.inflesz).toBeCloseTo(206.835 - (62.3 * 42) / 9 - 9, 5);
    expect(r.infleszBand).toBe("muy difícil");
  });

  it("gives NaN and no band for empty text", () => {
    const r = readabilityEs(" \n ");
    expect(r.fernandezHuerta).toBeNaN();
    expect(r.inflesz).toBeNaN();
    expect(r.crawford).toBeNaN();
    expect(r.infleszBand).toBeUndefined();
  });
});

describe("infleszBand", () => {
  it.each([
    [0, "muy difícil"],
    [39.9, "muy difícil"],
    [40, "algo difícil"],
    [54.9, "algo difícil"],
    [55, "normal"],
    [64.9, "normal"],
    [65, "bastante fácil"],
    [80, "bastante fácil"],
    [80.1, "muy fácil"],
  ] as const)("%s is %s", (score, band) => {
    expect(infleszBand(score)).toBe(band);
  });
});

describe("splitSpanishSentences", () => {
  it.each([
    ["Traiga una lista, p. ej. sus medicinas. El Dr. Pérez le llama.", 2],
    ["Traiga una lista, p. ej. Medicaid o Medicare.", 1],
    ["La Sra. Gómez y la Dra. Ruiz hablan español.", 1],
    ["Mire la núm. 5 del formulario.", 1],
    ["Viva en EE. UU. o no, puede llamar.", 1],
    ["Atendemos en EE. UU. Llámenos hoy.", 2],
    ["Llame de 8:00 a.m. a 8:00 p.m., hora del Este.", 1],
    ["Abrimos a las 9:00 a.m. ¿Puede venir?", 2],
    ["Cerramos a las 9:00 p.m. ¡Llame antes!", 2],
    ["Termina a las 9:00 p.m. «Fue útil», dijo Ana.", 2],
    ["Termina a las 9:00 p. m. y luego se va a casa.", 1],
    ["¿Es gratis? Sí. ¡Llame hoy!", 3],
    ["¿Tiene seguro? No.", 2],
  ] as const)("%s -> %i", (text, count) => {
    expect(splitSpanishSentences(text)).toHaveLength(count);
  });

  it("keeps the sentence text intact", () => {
    expect(splitSpanishSentences("Abrimos a las 9:00 a.m. ¿Puede venir? Sí.")).toEqual([
      "Abrimos a las 9:00 a.m.",
      "¿Puede venir?",
      "Sí.",
    ]);
  });

  it("treats line breaks and tabs as sentence ends, as in English", () => {
    expect(splitSpanishSentences("Qué traer\nSu identificación\nLunes\tde 9 a 12")).toEqual([
      "Qué traer",
      "Su identificación",
      "Lunes",
      "de 9 a 12",
    ]);
  });
});
