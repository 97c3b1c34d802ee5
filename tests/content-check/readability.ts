import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { countText, readAtAGlance, splitSentencesWith, type Abbreviations } from "./sentences";

export { wordsOf } from "./sentences";

export type Readability = {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level; NaN when there is no text. */
  grade: number;
};

const ENGLISH: Abbreviations = {
  neverEnd: new Set(["e.g.", "i.e.", "etc.", "vs.", "dr.", "mr.", "mrs.", "ms.", "st.", "no.", "approx."]),
  endIfCapitalFollows: new Set(["a.m.", "p.m.", "u.s."]),
};

/** English sentences; see splitSentencesWith for the rules. */
export function splitSentences(text: string): string[] {
  return splitSentencesWith(text, ENGLISH);
}

/** Syllables in one English word; numbers, phone numbers and addresses count as one (see readAtAGlance). */
export function syllablesIn(word: string): number {
  return readAtAGlance(word) ? 1 : Math.max(1, syllable(word));
}

export function readability(text: string): Readability {
  const counts = countText(text, ENGLISH, syllable);
  return {
    ...counts,
    grade: fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables }),
  };
}
