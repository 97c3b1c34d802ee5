/**
 * Turns the measurements into aligned Markdown tables: the same text goes to
 * the console and to tests/bench/results.md.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { KB } from "./config.mjs";

export const PASS = "PASS";
export const FAIL = "FAIL";
export const SKIP = "SKIP";

export const kb = (bytes) => (bytes / KB).toFixed(1);
export const signedKb = (bytes) => `${bytes >= 0 ? "+" : ""}${(bytes / KB).toFixed(1)}`;
export const ms = (v) => (v === undefined || Number.isNaN(v) ? "–" : `${Math.round(v)}`);
export const num = (v, digits = 0) => (v === undefined || Number.isNaN(v) ? "–" : v.toFixed(digits));
export const pct = (ratio) => `${(ratio * 100).toFixed(0)}%`;

export function table(header, rows, align = []) {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c ?? "–")));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const line = (r) =>
    `| ${r.map((c, i) => (align[i] === "left" ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === "left" ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join("\n");
}

function osName() {
  try {
    const text = readFileSync("/etc/os-release", "utf8");
    const name = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1];
    return `${name ?? os.type()} (kernel ${os.release()})`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: (os.totalmem() / 1024 ** 3).toFixed(1),
    os: osName(),
    loadAtStart: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / "),
  };
}

export function gitCommit(cwd) {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" }).trim();
    const dirty =
      execFileSync("git", ["status", "--porcelain"], {
        cwd,
        encoding: "utf8",
      }).trim() !== "";
    return `${head}${dirty ? " (with uncommitted changes)" : ""}`;
  } catch {
    return "unknown";
  }
}
