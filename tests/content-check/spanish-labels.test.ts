import { describe, expect, it } from "vitest";
import { findSpanishLabellingWords, SPANISH_LABEL_RULES } from "./spanish-labels";

/** [text, rule id, the words flagged] */
const BAD: readonly (readonly [string, string, string])[] = [
  ["Muchos adictos piden ayuda.", "adicto", "adictos"],
  ["Era una adicta a los opioides.", "adicto", "adicta"],
  ["Un drogadicto puede cambiar.", "adicto", "drogadicto"],
  ["Habló con un ex adicto.", "adicto", "adicto"],
  ["Nació un bebé adicto.", "adicto", "adicto"],
  ["No es un toxicómano.", "insulto", "toxicómano"],
  ["Le decían yonqui.", "insulto", "yonqui"],
  ["Le decían yonkis.", "insulto", "yonkis"],
  ["Lo llamaban tecato.", "insulto", "tecato"],
  ["No es una persona viciosa.", "insulto", "viciosa"],
  ["Su padre es alcohólico.", "alcoholico", "alcohólico"],
  ["Los alcohólicos también se recuperan.", "alcoholico", "alcohólicos"],
  ["Es una alcohólica.", "alcoholico", "alcohólica"],
  ["Vive con personas alcohólicas.", "alcoholico", "alcohólicas"],
  ["Un ALCOHÓLICO no es un caso perdido.", "alcoholico", "ALCOHÓLICO"],
  ["Llegó borracho.", "borracho", "borracho"],
  ["El abuso de sustancias afecta a la familia.", "abuso", "abuso de sustancias"],
  ["El abuso del alcohol es común.", "abuso", "abuso del alcohol"],
  ["Dejó de abusar de las drogas.", "abuso", "abusar de las drogas"],
  ["Abusa de los medicamentos recetados.", "abuso", "Abusa de los medicamentos recetados"],
  ["Los abusadores de sustancias.", "abuso", "abusadores de sustancias"],
  ["Las drogas de abuso más comunes.", "abuso", "drogas de abuso"],
  ["Los usuarios de drogas inyectables.", "usuario", "usuarios de drogas"],
  ["Una consumidora de cocaína.", "usuario", "consumidora de cocaína"],
  ["Tuvo una prueba limpia.", "prueba-limpia", "prueba limpia"],
  ["Los análisis sucios no son un castigo.", "prueba-limpia", "análisis sucios"],
  ["Una prueba de orina sucia.", "prueba-limpia", "prueba de orina sucia"],
  ["Quiere mantenerse limpio.", "limpio", "mantenerse limpio"],
  ["Lleva un año limpia y sobria.", "limpio", "limpia y sobria"],
  ["Salió sucio en la prueba.", "limpio", "Salió sucio"],
  ["Sigue limpia desde mayo.", "limpio", "Sigue limpia"],
  ["No es un vicio.", "vicio", "vicio"],
  ["Es una terapia de sustitución.", "sustitucion", "terapia de sustitución"],
  ["El tratamiento sustitutivo con metadona.", "sustitucion", "tratamiento sustitutivo"],
  ["La drogadicción es una enfermedad.", "drogadiccion", "drogadicción"],
  ["Tiene el hábito de beber.", "habito", "hábito de beber"],
  ["Sufre de un trastorno por consumo de alcohol.", "sufre", "Sufre de un trastorno"],
  ["Padece alcoholismo.", "sufre", "Padece alcoholismo"],
  ["Es víctima de la adicción.", "sufre", "víctima de la adicción"],
];

/** Correct Spanish that must pass: look-alike words, proper names, and "abuso" for harms that are abuse. */
const GOOD: readonly string[] = [
  "Las sustancias adictivas cambian el cerebro.",
  "La adicción es una enfermedad tratable.",
  "Hable de las bebidas alcohólicas con su médico.",
  "Una bebida alcohólica o una bebida no alcohólica.",
  "La hepatitis alcohólica y la cirrosis alcohólica dañan el hígado.",
  "El síndrome alcohólico fetal se puede prevenir.",
  "Alcohólicos Anónimos y Narcóticos Anónimos tienen grupos en español.",
  "Hijos Adultos de Alcohólicos se reúne los martes.",
  "La Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA) tiene una línea.",
  "El Instituto Nacional sobre el Abuso de Drogas publica guías.",
  "El Instituto Nacional sobre el Abuso del Alcohol y el Alcoholismo estudia el tema.",
  "Muchas personas vivieron abuso sexual o abuso infantil.",
  "Nadie merece abuso físico.",
  "Es un círculo vicioso que se puede romper.",
  "Persona con un trastorno por consumo de sustancias.",
  "Un resultado negativo o positivo.",
  "El centro está abierto y es privado.",
  "Lleva una vida sana, sin consumir.",
  "Los usuarios del sitio web no dejan datos.",
  "Un consumidor puede pedir su reembolso.",
  "Lea la guía (en inglés).",
  "Tiene un trastorno por consumo de alcohol.",
  "La mañana y la noche.",
];

describe("findSpanishLabellingWords", () => {
  it.each(BAD)("flags %j as %s", (text, rule, words) => {
    const hits = findSpanishLabellingWords(text);
    expect(hits.map((h) => [h.rule, h.match])).toEqual([[rule, words]]);
    const defined = SPANISH_LABEL_RULES.find((r) => r.id === rule)!;
    expect(hits[0]).toMatchObject({ suggestion: defined.suggestion, level: defined.level, index: text.indexOf(words) });
  });

  it.each(GOOD)("passes %j", (text) => {
    expect(findSpanishLabellingWords(text)).toEqual([]);
  });

  it("has a rule for every row in the design's table, each with a suggestion", () => {
    expect(SPANISH_LABEL_RULES.map((r) => r.id)).toEqual([
      "adicto",
      "insulto",
      "alcoholico",
      "borracho",
      "abuso",
      "usuario",
      "prueba-limpia",
      "limpio",
      "vicio",
      "sustitucion",
      "drogadiccion",
      "habito",
      "sufre",
    ]);
    for (const r of SPANISH_LABEL_RULES) expect(r.suggestion.length, r.id).toBeGreaterThan(5);
  });

  it("reports every hit in order with its context, and warnings apart from errors", () => {
    const text =
      "Alcohólicos Anónimos ayuda. Su hermano, un adicto, vive con la drogadicción. No es un borracho ni un adicto.";
    const hits = findSpanishLabellingWords(text);
    expect(hits.map((h) => [h.match, h.level])).toEqual([
      ["adicto", "error"],
      ["drogadicción", "warning"],
      ["borracho", "error"],
      ["adicto", "error"],
    ]);
    expect(hits[0]!.context).toContain("Su hermano, un adicto, vive");
    expect(hits.map((h) => h.index)).toEqual([...hits.map((h) => h.index)].sort((a, b) => a - b));
  });

  it("uses letter boundaries that know accented letters", () => {
    // ASCII \b would see a boundary after "ñ" and flag this invented word; Unicode boundaries do not.
    expect(findSpanishLabellingWords("mañadicto")).toEqual([]);
    expect(findSpanishLabellingWords("adictoñ")).toEqual([]);
  });
});
