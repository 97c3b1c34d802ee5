/**
 * Turns the measurements into aligned Markdown tables: the same text goes to
 * the console and to tests/bench/results.md.
 */
import { KB } from "./config";

export const PASS = "PASS";
export const FAIL = "FAIL";
export const SKIP = "SKIP";
export type Status = typeof PASS | typeof FAIL | typeof SKIP;

export const kb = (bytes: number) => (bytes / KB).toFixed(1);
export const signedKb = (bytes: number) => `${bytes >= 0 ? "+" : ""}${(bytes / KB).toFixed(1)}`;
export const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "–" : `${Math.round(v)}`);
export const num = (v: number | undefined, digits = 0) =>
  v === undefined || Number.isNaN(v) ? "–" : v.toFixed(digits);
export const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

export type Cell = string | number | undefined | null;
export type Align = "left" | "right";

export function table(header: string[], rows: Cell[][], align: Align[] = []): string {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c ?? "–")));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (align[i] === "left" ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === "left" ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join("\n");
}
