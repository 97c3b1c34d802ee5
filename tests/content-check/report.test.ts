import { describe, expect, it } from "vitest";
import type { EnglishPageResult, SpanishPageResult } from "./check-page";
import { formatFailures, formatNotes, formatSummary, formatTable } from "./report";

const common = { words: 300, sentences: 30, labels: [], copied: undefined, skipped: 0, failures: [], notes: [] };
const en: EnglishPageResult = { ...common, route: "/faq", lang: "en", grade: 5.04, gradeLimit: 8 };
const es: SpanishPageResult = {
  ...common,
  route: "/es/faq",
  lang: "es",
  fernandezHuerta: 55.2,
  fernandezHuertaMin: 60,
  inflesz: 51.1,
  infleszBand: "normal",
  crawford: 5.3,
  failures: ["Fernández-Huerta 55.2 is below 60: use shorter sentences and everyday words"],
  notes: ["INFLESZ 51.1 (normal); the goal is 65 (bastante fácil)"],
};

describe("report", () => {
  it("prints English and Spanish pages in tables of their own, the Spanish with FH, INFLESZ and Crawford", () => {
    expect(formatTable([es, en]).split("\n")).toEqual([
      "route  words  sentences  grade  limit  labels  copied  result",
      "/faq     300         30    5.0    8.0       0       -  ok",
      "",
      "route    words  sentences    FH  min  INFLESZ  Crawford  labels  copied  result",
      "/es/faq    300         30  55.2   60     51.1       5.3       0       -  FAIL",
    ]);
  });

  it("lists failures and notes per page, and counts both languages", () => {
    expect(formatFailures([en, es])).toBe(
      "/es/faq fails:\n  - Fernández-Huerta 55.2 is below 60: use shorter sentences and everyday words",
    );
    expect(formatNotes([en, es])).toBe("/es/faq notes:\n  - INFLESZ 51.1 (normal); the goal is 65 (bastante fácil)");
    expect(formatSummary([en, es], 1.23)).toBe("Content check failed: 1 of 2 pages, 1 English and 1 Spanish (1.2 s).");
    expect(formatSummary([en], 1)).toBe("Content check passed: 1 pages (1.0 s).");
  });
});
