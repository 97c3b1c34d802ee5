/**
 * Readability of Spanish text. The gate is Fernández-Huerta (the corrected
 * form, as Law 2011 and textstat give it); INFLESZ (Szigriszt-Pazos
 * perspicuity on the scale Barrio-Cantalejo et al. validated on patient
 * texts) and a Crawford grade are reported beside it. Why these, and what
 * equals US grade 8: ../shared/design/spanish-edition.md §2a.
 */
import { countText, splitSentencesWith, type Abbreviations } from "./sentences";
import { spanishSyllables } from "./spanish-syllables";

const SPANISH: Abbreviations = {
  neverEnd: new Set([
    ..."ej. p.ej. ee. dr. dra. dres. sr. sra. sres. srta. ud. uds. núm. nro. tel. pág. págs. aprox. vs. av.".split(" "),
  ]),
  // "p." begins "p. ej."; "a." and "m." are the RAE's spaced "a. m." and "p. m.", in case they slip in.
  endIfCapitalFollows: new Set([..."a.m. p.m. a. m. p. uu. ee.uu. etc.".split(" ")]),
};

/** Spanish sentences: the shared rules with Spanish abbreviations (p. ej., EE. UU., Dra., núm., p.m.). */
export function splitSpanishSentences(text: string): string[] {
  return splitSentencesWith(text, SPANISH);
}

export type InfleszBand = "muy difícil" | "algo difícil" | "normal" | "bastante fácil" | "muy fácil";

export type ReadabilityEs = {
  words: number;
  sentences: number;
  syllables: number;
  /** 206.84 − 60·(syllables/words) − 1.02·(words/sentences); ≥ 60 is "normal", about US grade 7–8. NaN without text. */
  fernandezHuerta: number;
  /** Szigriszt-Pazos perspicuity: 206.835 − 62.3·(syllables/words) − words/sentences. NaN without text. */
  inflesz: number;
  infleszBand: InfleszBand | undefined;
  /**
   * Crawford's grade: −0.205·(sentences per 100 words) + 0.049·(syllables per
   * 100 words) − 3.407. Calibrated on primary readers, so only a rough guide
   * above grade 6; reported, never a gate.
   */
  crawford: number;
};

/**
 * INFLESZ bands (Barrio-Cantalejo et al., An Sist Sanit Navar 2008;31(2):135-152):
 * below 40 muy difícil, 40-55 algo difícil, 55-65 normal, 65-80 bastante fácil,
 * above 80 muy fácil. A score on a shared boundary takes the easier band,
 * except 80, which the paper puts in "bastante fácil".
 */
export function infleszBand(score: number): InfleszBand | undefined {
  if (Number.isNaN(score)) return undefined;
  if (score < 40) return "muy difícil";
  if (score < 55) return "algo difícil";
  if (score < 65) return "normal";
  if (score <= 80) return "bastante fácil";
  return "muy fácil";
}

export function readabilityEs(text: string): ReadabilityEs {
  const counts = countText(text, SPANISH, spanishSyllables);
  const { words, sentences, syllables } = counts;
  // With no words, 0/0 gives NaN in every formula, as the English grade does.
  const perWord = syllables / words;
  const perSentence = words / sentences;
  const inflesz = 206.835 - 62.3 * perWord - perSentence;
  return {
    ...counts,
    fernandezHuerta: 206.84 - 60 * perWord - 1.02 * perSentence,
    inflesz,
    infleszBand: infleszBand(inflesz),
    crawford: -0.205 * ((100 * sentences) / words) + 0.049 * (100 * perWord) - 3.407,
  };
}
