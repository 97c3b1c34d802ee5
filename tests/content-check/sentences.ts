/**
 * Sentence and word splitting shared by the English and Spanish readability
 * scores. Only the abbreviations differ between languages; the rules for
 * blocks, punctuation and words are the same.
 */

export type Abbreviations = {
  /** Lower-case tokens whose full stop never ends a sentence ("e.g.", "Dr."). */
  neverEnd: ReadonlySet<string>;
  /** These end a sentence only when the next word starts with a capital ("…until 9 a.m. Then…"). */
  endIfCapitalFollows: ReadonlySet<string>;
};

const SENTENCE_END = /[.!?]["'”’»)\]]*$/;
const CLOSERS = /["'”’»)\]]+$/;
/**
 * A following word that starts a sentence: a capital, perhaps after an opening
 * quote or bracket, or Spanish's opening ¿ ¡ « ("…a las 9 a.m. ¿Puede venir?").
 */
const STARTS_SENTENCE = /^["'“‘(«¿¡]*\p{Lu}/u;

/**
 * Splits text into sentences. Line breaks and tabs (block elements and table
 * cells, see extract-text.ts) always end a sentence, so headings, list items
 * and cells count as sentences as a reader experiences them; within a block,
 * a word ending in . ! or ? ends one unless it is a known abbreviation.
 */
export function splitSentencesWith(text: string, abbreviations: Abbreviations): string[] {
  const sentences: string[] = [];
  for (const block of text.split(/[\n\t\r]+/)) {
    const tokens = block.split(/\s+/).filter(Boolean);
    let current: string[] = [];
    tokens.forEach((token, i) => {
      current.push(token);
      if (endsSentence(token, tokens[i + 1], abbreviations)) {
        sentences.push(current.join(" "));
        current = [];
      }
    });
    if (current.length > 0) sentences.push(current.join(" "));
  }
  return sentences.filter((s) => wordsOf(s).length > 0);
}

function endsSentence(token: string, next: string | undefined, abbreviations: Abbreviations): boolean {
  if (!SENTENCE_END.test(token)) return false;
  const bare = token.replace(CLOSERS, "").toLowerCase();
  if (abbreviations.neverEnd.has(bare)) return false;
  if (abbreviations.endIfCapitalFollows.has(bare)) return next === undefined || STARTS_SENTENCE.test(next);
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
 * Numbers, phone numbers, times and web or email addresses count as one
 * syllable in either language: a reader takes them in at a glance, and a
 * syllable counter would otherwise guess (URLs) or return 0 (digits).
 */
export function readAtAGlance(word: string): boolean {
  return !/\p{L}/u.test(word) || URL_LIKE.test(word);
}

export type TextCounts = { words: number; sentences: number; syllables: number };

/** Words, sentences and syllables of a text, with a language's sentence rules and syllable counter. */
export function countText(
  text: string,
  abbreviations: Abbreviations,
  syllablesOf: (word: string) => number,
): TextCounts {
  const sentences = splitSentencesWith(text, abbreviations);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + (readAtAGlance(word) ? 1 : Math.max(1, syllablesOf(word))), 0);
  return { words: words.length, sentences: sentences.length, syllables };
}
