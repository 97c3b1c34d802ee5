/**
 * Labelling words in Spanish: the person-first rules of labels.ts for the
 * Spanish pages, after NIDA en español ("Las palabras importan"), the NIDA
 * style summary on lasdrogas.info and MedlinePlus en español. The table with
 * its sources is in ../shared/design/spanish-edition.md §2c; the edition uses
 * one term throughout: "trastorno por consumo de sustancias".
 *
 * JavaScript's \b only knows ASCII letters, so "\bdía" would never match and
 * "\badicto" would match inside "ñadicto"; these rules use Unicode letter
 * boundaries instead, with the u flag.
 */
import { findLabellingWords, type LabelHit, type LabelRule } from "./labels";

/** An error fails the page; a warning is printed for the writer and reviewer to weigh. */
export type SpanishLabelRule = LabelRule & { level: "error" | "warning" };
export type SpanishLabelHit = LabelHit & { level: SpanishLabelRule["level"] };

/** Start and end of a word, for any letter (á, ñ, ü). */
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const rule = (source: string) => new RegExp(`${B}(?:${source})${E}`, "giu");

/** Proper names that contain a flagged word; masked before matching, as labels.ts does for English. */
const ALLOWED_NAMES_ES: readonly RegExp[] = [
  /Administración\s+de\s+Servicios\s+de\s+Salud\s+Mental\s+y\s+Abuso\s+de\s+Sustancias/giu,
  /Centro\s+para\s+el\s+Tratamiento\s+del\s+Abuso\s+de\s+Sustancias/giu,
  /Instituto\s+Nacional\s+sobre\s+el\s+Abuso\s+de\s+Drogas/giu,
  /Instituto\s+Nacional\s+sobre\s+el\s+Abuso\s+del\s+Alcohol\s+y\s+el\s+Alcoholismo/giu,
  /Alcohólicos\s+Anónimos/giu,
  /Narcóticos\s+Anónimos/giu,
  /Hijos\s+Adultos\s+de\s+Alcohólicos/giu,
];

const PERSONA = '"persona con un trastorno por consumo de sustancias" o "persona que consume drogas"';
const DROGAS = [
  "sustancias?",
  "drogas?",
  "alcohol",
  "opioides?",
  "opiáceos?",
  "medicamentos?(?:\\s+recetados?)?",
  "fármacos?",
  "heroína",
  "cocaína",
  "metanfetaminas?",
  "estimulantes?",
  "marihuana",
  "cannabis",
  "pastillas?",
  "analgésicos?",
  "benzodiacepinas?",
].join("|");
/** "de", "del", "de la(s)", "de los" before a substance. */
const DE = "(?:del|de(?:\\s+(?:la|las|los|el))?)";
/** Nouns that "alcohólico" may describe: the adjective follows them ("bebidas alcohólicas", "hepatitis alcohólica"). */
const COSAS_ALCOHOLICAS = [
  "bebidas?",
  "cervezas?",
  "hepatitis",
  "cirrosis",
  "pancreatitis",
  "hepatopatías?",
  "hepátic[oa]s?",
  "miocardiopatías?",
  "neuropatías?",
  "intoxicaci(?:ón|ones)",
  "graduaci(?:ón|ones)",
  "contenido",
  "síndrome",
].join("|");
const RESULTADOS =
  "(?:pruebas?|análisis|exámen(?:es)?|examen|resultados?|muestras?)(?:\\s+de\\s+(?:orina|drogas|detección))?";
const VERBOS_ESTADO = [
  "manten(?:er(?:se|me|te|nos)?|go|emos)",
  "mantien(?:e|en|es)",
  "est(?:ar|á|ás|oy|án|amos|aba|aban|uvo|é)",
  "segu(?:ir|ía|imos)",
  "sig(?:o|ue|uen|a)",
  "sal(?:ir|ió|io|ieron|e|es|en|ga)",
  "qued(?:ar(?:se)?|ó|a)",
].join("|");

export const SPANISH_LABEL_RULES: readonly SpanishLabelRule[] = [
  {
    // "bebé adicto", "ex adicto" and "drogadicto" too; "adictivo" and "adicción" pass.
    id: "adicto",
    level: "error",
    pattern: rule("(?:drog)?adict[oa]s?"),
    suggestion: PERSONA,
  },
  {
    id: "insulto",
    level: "error",
    pattern: new RegExp(
      `${B}(?:toxicóman[oa]s?|toxicoman[oa]s?|drogatas?|yon(?:qui|ki)s?|junkies?|tecat[oa]s?|(?<!círculos?\\s+)vicios[oa]s?)${E}`,
      "giu",
    ),
    suggestion: PERSONA,
  },
  {
    // A person, not a drink: "un alcohólico", "los alcohólicos", "padre alcohólico". "Alcohólicos Anónimos" is masked.
    id: "alcoholico",
    level: "error",
    pattern: new RegExp(`(?<!${B}(?:${COSAS_ALCOHOLICAS})\\s+(?:no\\s+)?)${B}alcoh[oó]lic[oa]s?${E}`, "giu"),
    suggestion: '"persona con un trastorno por consumo de alcohol" ("bebidas alcohólicas" está bien)',
  },
  {
    id: "borracho",
    level: "error",
    pattern: rule("borrach[oa]s?"),
    suggestion: '"persona con un trastorno por consumo de alcohol"',
  },
  {
    // Only abuse of a substance: "abuso sexual" and "abuso infantil" are the right words for those harms.
    id: "abuso",
    level: "error",
    pattern: rule(
      `(?:abus(?:o|os|ar|a|an|ando|ó|aba|aban|ador(?:a|es|as)?)\\s+${DE}\\s*(?:${DROGAS}))|(?:(?:drogas|sustancias)\\s+de\\s+abuso)`,
    ),
    suggestion:
      '"consumo", "uso indebido" (de medicamentos recetados) o "trastorno por consumo de sustancias" (un título citado va en <cite>)',
  },
  {
    id: "usuario",
    level: "error",
    pattern: rule(`(?:consumidor(?:a|es|as)?|usuari[oa]s?)\\s+${DE}\\s*(?:${DROGAS})`),
    suggestion: '"persona que consume …" o "persona con un trastorno por consumo de …"',
  },
  {
    id: "prueba-limpia",
    level: "error",
    pattern: rule(`${RESULTADOS}\\s+(?:limpi|suci)[oa]s?`),
    suggestion: '"resultado negativo" o "resultado positivo"',
  },
  {
    id: "limpio",
    level: "error",
    pattern: rule(`(?:(?:${VERBOS_ESTADO})\\s+(?:limpi|suci)[oa]s?)|(?:limpi[oa]s?\\s+y\\s+sobri[oa]s?)`),
    suggestion: '"en recuperación", "sin consumir", "en remisión" o "sobrio"',
  },
  {
    id: "vicio",
    level: "error",
    pattern: rule("vicios?"),
    suggestion: '"adicción" o "trastorno por consumo de sustancias"',
  },
  {
    id: "sustitucion",
    level: "error",
    pattern: rule("(?:terapias?|tratamientos?)\\s+(?:de\\s+(?:sustitución|reemplazo)|sustitutiv[oa]s?)"),
    suggestion: '"tratamiento con medicamentos para el trastorno por consumo de opioides"',
  },
  {
    // Implies willpower; a warning because quoted sources and names may use it.
    id: "drogadiccion",
    level: "warning",
    pattern: rule("drogadicci(?:ón|ones)"),
    suggestion: '"adicción" o "trastorno por consumo de sustancias"',
  },
  {
    id: "habito",
    level: "warning",
    pattern: rule("hábitos?\\s+de\\s+(?:consumir|beber|drogarse|inyectarse)"),
    suggestion: '"consumo" o "trastorno por consumo de sustancias"',
  },
  {
    // NIDA en español itself writes "personas que sufren un trastorno"; prefer the neutral "tiene".
    id: "sufre",
    level: "warning",
    pattern: rule(
      "(?:(?:sufr|padec)(?:e|en|es|ir|er|iendo|ía|ían)\\s+(?:de\\s+)?(?:(?:un|una|la|el|su)\\s+)?(?:adicción|trastorno|alcoholismo|dependencia))|(?:víctimas?\\s+de\\s+(?:la\\s+|las\\s+|el\\s+)?(?:adicción|drogas|alcohol(?:ismo)?))",
    ),
    suggestion: '"tiene" o "vive con"',
  },
];

/** Every labelling word in Spanish text, in order, each with its suggestion and level. */
export function findSpanishLabellingWords(
  text: string,
  rules: readonly SpanishLabelRule[] = SPANISH_LABEL_RULES,
): SpanishLabelHit[] {
  const levels = new Map(rules.map((r) => [r.id, r.level]));
  return findLabellingWords(text, rules, ALLOWED_NAMES_ES).map((hit) => ({ ...hit, level: levels.get(hit.rule)! }));
}
