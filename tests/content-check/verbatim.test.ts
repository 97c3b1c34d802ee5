import { describe, expect, it } from "vitest";
import { buildSeedIndex, findCopiedRuns, normalizeWords } from "./verbatim";

const seed = {
  name: "000_seed.txt",
  text: "Recovering from addiction is a challenging yet deeply rewarding process for many people, and “it’s” worth it.",
};
const index = buildSeedIndex([seed], 10);
const seedWords = normalizeWords(seed.text);

describe("normalizeWords", () => {
  it("ignores case, punctuation, curly quotes and whitespace", () => {
    expect(normalizeWords("“It’s  a\nLONG-term—plan,” she said.")).toEqual([
      "its",
      "a",
      "long",
      "term",
      "plan",
      "she",
      "said",
    ]);
    expect(normalizeWords("it's")).toEqual(normalizeWords("It’s"));
  });
});

describe("findCopiedRuns", () => {
  it("finds a run of 10 copied words", () => {
    const copied = seedWords.slice(2, 12).join(" ");
    const runs = findCopiedRuns(`My own words. ${copied}. More of mine.`, index);
    expect(runs).toEqual([{ seed: "000_seed.txt", words: 10, text: copied }]);
  });

  it("does not flag a run of 9 copied words", () => {
    const nine = seedWords.slice(2, 11).join(" ");
    expect(findCopiedRuns(`My own words. ${nine}. More of mine.`, index)).toEqual([]);
  });

  it("sees through changed case, punctuation and quotes", () => {
    const text = 'IS A CHALLENGING, yet deeply rewarding process -- for many people; and "it\'s" worth it!';
    const tail = seedWords.slice(3);
    expect(findCopiedRuns(text, index)).toEqual([{ seed: "000_seed.txt", words: tail.length, text: tail.join(" ") }]);
  });

  it("reports a long copied passage once, at its full length", () => {
    const runs = findCopiedRuns(seed.text, index);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.words).toBe(seedWords.length);
  });

  it("finds separate copied runs separately", () => {
    const a = seedWords.slice(0, 10).join(" ");
    const b = seedWords.slice(6, 16).join(" ");
    expect(findCopiedRuns(`${a}. Something else entirely here. ${b}`, index).map((r) => r.words)).toEqual([10, 10]);
  });
});
