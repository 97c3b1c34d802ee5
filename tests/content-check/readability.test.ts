import { describe, expect, it } from "vitest";
import { readability, splitSentences, syllablesIn, wordsOf } from "./readability";

describe("readability", () => {
  it("matches a hand computation of the Flesch-Kincaid grade", () => {
    // Treatment(2) helps you build skills = 5 words, 6 syllables;
    // You meet with a group three mornings(2) a week = 9 words, 10 syllables.
    // 0.39 * 14/2 + 11.8 * 16/14 - 15.59 = 0.6257
    const result = readability("Treatment helps you build skills. You meet with a group three mornings a week.");
    expect(result).toMatchObject({ words: 14, sentences: 2, syllables: 16 });
    expect(result.grade).toBeCloseTo(0.39 * 7 + (11.8 * 16) / 14 - 15.59, 5);
    expect(result.grade).toBeCloseTo(0.63, 1);
  });

  it("rates long words and long sentences as hard", () => {
    // In-ten-sive out-pa-tient treat-ment pro-vides com-pre-hen-sive ther-a-peu-tic ser-vi-ces: 7 words, 21 syllables.
    const result = readability("Intensive outpatient treatment provides comprehensive therapeutic services.");
    expect(result.syllables).toBe(21);
    expect(result.grade).toBeCloseTo(0.39 * 7 + 11.8 * 3 - 15.59, 5);
  });

  it("gives NaN for empty text", () => {
    expect(readability("  \n ").grade).toBeNaN();
  });
});

describe("splitSentences", () => {
  it("ends a sentence at . ! and ?", () => {
    expect(splitSentences("You can call. Is it free? Yes!")).toEqual(["You can call.", "Is it free?", "Yes!"]);
  });

  it("treats line breaks and tabs (blocks, list items, table cells) as sentence ends", () => {
    expect(splitSentences("What to bring\n\nYour ID\nYour insurance card\nMonday\t9 to noon")).toEqual([
      "What to bring",
      "Your ID",
      "Your insurance card",
      "Monday",
      "9 to noon",
    ]);
  });

  it("does not end a sentence at common abbreviations", () => {
    expect(splitSentences("Bring a list, e.g. your medicines. Groups start at 9 a.m. on weekdays.")).toEqual([
      "Bring a list, e.g. your medicines.",
      "Groups start at 9 a.m. on weekdays.",
    ]);
    expect(splitSentences("Groups end at 11 a.m. Then you go home.")).toHaveLength(2);
  });

  it("keeps numbers with a full stop inside them in one sentence", () => {
    expect(splitSentences("About 1.5 million people used it. That is a lot.")).toHaveLength(2);
  });

  it("drops blocks with no words", () => {
    expect(splitSentences("Hello.\n—\n…")).toEqual(["Hello."]);
  });
});

describe("words and syllables", () => {
  it("strips punctuation around words", () => {
    expect(wordsOf("“Call (888) 448-0302,” she said — today.")).toEqual([
      "Call",
      "888",
      "448-0302",
      "she",
      "said",
      "today",
    ]);
  });

  it("does not count numbers, phone numbers or addresses as long words", () => {
    for (const word of [
      "988",
      "448-0302",
      "1-800-662-4357",
      "9:00",
      "https://findtreatment.gov/locator",
      "findtreatment.gov",
      "help@example.org",
    ]) {
      expect(syllablesIn(word), word).toBe(1);
    }
    expect(syllablesIn("outpatient")).toBe(3);
    expect(syllablesIn("e.g")).toBeLessThan(3);
  });
});
