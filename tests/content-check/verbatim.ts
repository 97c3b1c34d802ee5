/**
 * Copied-run detection: every run of `runWords` consecutive words in a seed
 * article is indexed; a page fails if it shares any such run. Text on both
 * sides is reduced to lower-case words first, so case, punctuation, curly
 * quotes, hyphens and line breaks cannot hide a copy.
 */

export type SeedText = { name: string; text: string };

export type SeedIndex = {
  runWords: number;
  /** Each run of `runWords` seed words, joined by spaces, to the seed it came from. */
  runs: ReadonlyMap<string, string>;
};

export type CopiedRun = {
  seed: string;
  /** Length of the longest shared stretch, in words (at least `runWords`). */
  words: number;
  /** The shared words, normalized. */
  text: string;
};

export function normalizeWords(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      // Apostrophes vanish rather than split, so "you’re", "you're" and "youre" are one word.
      .replace(/['‘’ʼ`´]/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

export function buildSeedIndex(seeds: readonly SeedText[], runWords: number): SeedIndex {
  const runs = new Map<string, string>();
  for (const seed of seeds) {
    const words = normalizeWords(seed.text);
    for (let i = 0; i + runWords <= words.length; i++) {
      const key = words.slice(i, i + runWords).join(" ");
      if (!runs.has(key)) runs.set(key, seed.name);
    }
  }
  return { runWords, runs };
}

/** Overlapping matches are merged, so one long copied passage is reported once, with its full length. */
export function findCopiedRuns(text: string, index: SeedIndex): CopiedRun[] {
  const words = normalizeWords(text);
  const n = index.runWords;
  const found: CopiedRun[] = [];
  let i = 0;
  while (i + n <= words.length) {
    const seed = index.runs.get(words.slice(i, i + n).join(" "));
    if (seed === undefined) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 + n <= words.length && index.runs.has(words.slice(last + 1, last + 1 + n).join(" "))) last++;
    const run = words.slice(i, last + n);
    found.push({ seed, words: run.length, text: run.join(" ") });
    i = last + n;
  }
  return found;
}
