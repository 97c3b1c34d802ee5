import type { PageResult } from "./check-page";

const COLUMNS = ["route", "words", "sentences", "grade", "limit", "labels", "copied", "result"] as const;

function row(result: PageResult): string[] {
  return [
    result.route,
    String(result.words),
    String(result.sentences),
    Number.isNaN(result.grade) ? "-" : result.grade.toFixed(1),
    result.gradeLimit.toFixed(1),
    String(result.labels.length),
    result.copied === undefined ? "-" : String(result.copied.length),
    result.failures.length === 0 ? "ok" : "FAIL",
  ];
}

/** A plain-text table: one line per page, the route left-aligned and the numbers right-aligned. */
export function formatTable(results: readonly PageResult[]): string {
  const rows = [[...COLUMNS], ...results.map(row)];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) =>
          c === 0 || c === COLUMNS.length - 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function formatFailures(results: readonly PageResult[]): string {
  return results
    .filter((r) => r.failures.length > 0)
    .map((r) => [`${r.route} fails:`, ...r.failures.map((f) => `  - ${f}`)].join("\n"))
    .join("\n");
}

export function formatSummary(results: readonly PageResult[], seconds: number): string {
  const failed = results.filter((r) => r.failures.length > 0).length;
  const time = `${seconds.toFixed(1)} s`;
  return failed === 0
    ? `Content check passed: ${results.length} pages (${time}).`
    : `Content check failed: ${failed} of ${results.length} pages (${time}).`;
}
