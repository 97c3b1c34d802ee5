import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

export type Readability = {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level; NaN when there is no text. */
  grade: number;
};

/** Abbreviations whose full stop does not end a sentence. */
const NEVER_END = new Set(["e.g.", "i.e.", "etc.", "vs.", "dr.", "mr.", "mrs.", "ms.", "st.", "no.", "approx."]);
/** These end a sentence only when the next word starts with a capital ("…until 9 a.m. Then…"). */
const END_IF_CAPITAL_FOLLOWS = new Set(["a.m.", "p.m.", "u.s."]);

const SENTENCE_END = /[.!?]["'”’)\]]*$/;
const CLOSERS = /["'”’)\]]+$/;

/**
 * Splits text into sentences. Line breaks and tabs (block elements and table
 * cells, see extract-text.ts) always end a sentence, so headings, list items
 * and cells count as sentences as a reader experiences them; within a block,
 * a word ending in . ! or ? ends one unless it is a known abbreviation.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const block of text.split(/[\n\t\r]+/)) {
    const tokens = block.split(/\s+/).filter(Boolean);
    let current: string[] = [];
    tokens.forEach((token, i) => {
      current.push(token);
      if (endsSentence(token, tokens[i + 1])) {
        sentences.push(current.join(" "));
        current = [];
      }
    });
    if (current.length > 0) sentences.push(current.join(" "));
  }
  return sentences.filter((s) => wordsOf(s).length > 0);
}

function endsSentence(token: string, next: string | undefined): boolean {
  if (!SENTENCE_END.test(token)) return false;
  const bare = token.replace(CLOSERS, "").toLowerCase();
  if (NEVER_END.has(bare)) return false;
  if (END_IF_CAPITAL_FOLLOWS.has(bare)) return next === undefined || /^["'“‘(]?\p{Lu}/u.test(next);
  return true;
}

/** The words of a sentence, without surrounding punctuation; a "word" holds at least one letter or digit. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

const URL_LIKE = /^(?:https?:\/\/|www\.)|@|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:\/\S*)?$/iu;

/**
 * Syllables in one word. Numbers, phone numbers, times and web or email
 * addresses count as one syllable: a reader takes them in at a glance, and
 * the syllable package would otherwise guess (URLs) or return 0 (digits).
 */
export function syllablesIn(word: string): number {
  if (!/\p{L}/u.test(word) || URL_LIKE.test(word)) return 1;
  return Math.max(1, syllable(word));
}

export function readability(text: string): Readability {
  const sentences = splitSentences(text);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + syllablesIn(word), 0);
  return {
    words: words.length,
    sentences: sentences.length,
    syllables,
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
  };
}
