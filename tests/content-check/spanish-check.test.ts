import { describe, expect, it } from "vitest";
import { contentRules } from "./rules";
import { spanishContentRules } from "./rules";
import { checkSpanishText } from "./spanish-check";

// Usted(2) pue-de(2) lla-mar-nos(3) hoy(1) = 4 words, 8 syllables; Le(1) a-yu-da-mos(4) a(1) em-pe-zar(3) = 4 words, 9.
const EASY = "Usted puede llamarnos hoy. Le ayudamos a empezar. ".repeat(16);
// La(1) in-ter-ven-ción(4) te-ra-péu-ti-ca(5) am-bu-la-to-ria(5) in-ten-si-va(4) re-quie-re(3)
// con-si-de-ra-cio-nes(6) in-di-vi-dua-li-za-das(7) y(1) mul-ti-dis-ci-pli-na-rias(7) = 10 words, 43 syllables.
const HARD =
  "La intervención terapéutica ambulatoria intensiva requiere consideraciones individualizadas y multidisciplinarias. ".repeat(
    13,
  );

describe("checkSpanishText", () => {
  it("passes a long, plain page and reports its scores", () => {
    const r = checkSpanishText("faq", EASY);
    // 128 words, 32 sentences, 272 syllables: FH = 206.84 - 60*2.125 - 1.02*4 = 75.26
    expect(r).toMatchObject({ words: 128, sentences: 32, fernandezHuerta: 75.3, fernandezHuertaMin: 60 });
    // INFLESZ = 206.835 - 62.3*2.125 - 4 = 70.4: above the goal, so no note.
    expect(r.inflesz).toBe(70.4);
    expect(r.infleszBand).toBe("bastante fácil");
    expect(r.failures).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it("fails a hard page below Fernández-Huerta 60, and notes INFLESZ under the goal", () => {
    const r = checkSpanishText("faq", HARD);
    // 130 words, 13 sentences, 559 syllables: FH = 206.84 - 60*4.3 - 1.02*10 = -61.36
    expect(r).toMatchObject({ words: 130, sentences: 13, fernandezHuerta: -61.4 });
    expect(r.failures).toEqual(["Fernández-Huerta -61.4 is below 60: use shorter sentences and everyday words"]);
    // INFLESZ = 206.835 - 62.3*4.3 - 10 = -71.055
    expect(r.notes).toEqual(["INFLESZ -71.1 (muy difícil); the goal is 65 (bastante fácil)"]);
  });

  it("allows 50 on evidence, privacy and accessibility only", () => {
    // FH between 50 and 60: Tie-ne(2) de-re-cho(3) a(1) re-ci-bir(3) in-for-ma-ción(4) so-bre(2) su(1)
    // tra-ta-mien-to(4) y(1) sus(1) op-cio-nes(3) = 11 words, 25 syllables; FH = 206.84 - 136.36 - 11.22 = 59.26
    const text = "Tiene derecho a recibir información sobre su tratamiento y sus opciones. ".repeat(12);
    expect(checkSpanishText("privacy", text)).toMatchObject({
      fernandezHuerta: 59.3,
      fernandezHuertaMin: 50,
      failures: [],
    });
    expect(checkSpanishText("schedule", text).failures).toEqual([
      "Fernández-Huerta 59.3 is below 60: use shorter sentences and everyday words",
    ]);
    expect(spanishContentRules.fernandezHuertaMinBySlug).toEqual({ evidence: 50, privacy: 50, accessibility: 50 });
  });

  it("applies the same word minimum as English", () => {
    expect(checkSpanishText("faq", "Llámenos hoy.").failures).toEqual([
      `2 words of content; at least ${contentRules.minWords} are needed`,
    ]);
    expect(checkSpanishText("admissions", "Llámenos hoy.").failures).toEqual([]);
  });

  it("fails labelling words and notes the warnings", () => {
    const r = checkSpanishText("faq", `${EASY} Un adicto no elige la drogadicción.`);
    expect(r.failures).toEqual([
      expect.stringMatching(/^labelling word "adicto" in .*; say "persona con un trastorno/),
    ]);
    expect(r.notes).toEqual([expect.stringMatching(/^labelling word "drogadicción"/)]);
  });
});
