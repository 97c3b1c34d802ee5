import type { EnglishPageResult, PageResult, SpanishPageResult } from "./check-page";

const fixed = (n: number) => (Number.isNaN(n) ? "-" : n.toFixed(1));
const copied = (r: PageResult) => (r.copied === undefined ? "-" : String(r.copied.length));
const verdict = (r: PageResult) => (r.failures.length === 0 ? "ok" : "FAIL");

const ENGLISH_COLUMNS = ["route", "words", "sentences", "grade", "limit", "labels", "copied", "result"];

function englishRow(r: EnglishPageResult): string[] {
  return [
    r.route,
    String(r.words),
    String(r.sentences),
    fixed(r.grade),
    r.gradeLimit.toFixed(1),
    String(r.labels.length),
    copied(r),
    verdict(r),
  ];
}

/** FH (Fernández-Huerta) is the gate, INFLESZ and Crawford are reported (rules.ts). */
const SPANISH_COLUMNS = [
  "route",
  "words",
  "sentences",
  "FH",
  "min",
  "INFLESZ",
  "Crawford",
  "labels",
  "copied",
  "result",
];

function spanishRow(r: SpanishPageResult): string[] {
  return [
    r.route,
    String(r.words),
    String(r.sentences),
    fixed(r.fernandezHuerta),
    String(r.fernandezHuertaMin),
    fixed(r.inflesz),
    fixed(r.crawford),
    String(r.labels.length),
    copied(r),
    verdict(r),
  ];
}

/** A plain-text table: the route and result left-aligned, the numbers right-aligned. */
function table(columns: readonly string[], body: readonly string[][]): string {
  const rows = [[...columns], ...body];
  const widths = columns.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) =>
          c === 0 || c === columns.length - 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * One line per page: the English pages with their reading grade, then, in a
 * table of their own, the Spanish pages with FH, INFLESZ and Crawford.
 */
export function formatTable(results: readonly PageResult[]): string {
  const english = results.filter((r): r is EnglishPageResult => r.lang === "en");
  const spanish = results.filter((r): r is SpanishPageResult => r.lang === "es");
  return [
    ...(english.length > 0 ? [table(ENGLISH_COLUMNS, english.map(englishRow))] : []),
    ...(spanish.length > 0 ? [table(SPANISH_COLUMNS, spanish.map(spanishRow))] : []),
  ].join("\n\n");
}

export function formatFailures(results: readonly PageResult[]): string {
  return results
    .filter((r) => r.failures.length > 0)
    .map((r) => [`${r.route} fails:`, ...r.failures.map((f) => `  - ${f}`)].join("\n"))
    .join("\n");
}

/** What is reported and does not fail: INFLESZ below its goal, Spanish warning-level words. */
export function formatNotes(results: readonly PageResult[]): string {
  return results
    .filter((r) => r.notes.length > 0)
    .map((r) => [`${r.route} notes:`, ...r.notes.map((n) => `  - ${n}`)].join("\n"))
    .join("\n");
}

export function formatSummary(results: readonly PageResult[], seconds: number): string {
  const failed = results.filter((r) => r.failures.length > 0).length;
  const time = `${seconds.toFixed(1)} s`;
  const spanish = results.filter((r) => r.lang === "es").length;
  const pages = `${results.length} pages${spanish > 0 ? `, ${results.length - spanish} English and ${spanish} Spanish` : ""}`;
  return failed === 0
    ? `Content check passed: ${pages} (${time}).`
    : `Content check failed: ${failed} of ${pages} (${time}).`;
}
