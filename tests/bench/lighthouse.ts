/**
 * Lighthouse through its Node API with its default (mobile, simulated
 * throttling) configuration, one Chromium for all runs. Simulated throttling
 * replays the observed load on a modelled slow phone, which keeps scores
 * steadier than real throttling on a shared machine, though not steady.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result, type RunnerResult } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { CHROMIUM_FLAGS, LIGHTHOUSE_DIR, PORTS, chromiumPath, isLoopback } from "./config";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
type Chrome = Awaited<ReturnType<typeof chromeLauncher.launch>>;

export async function launchChrome(): Promise<Chrome> {
  return chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROMIUM_FLAGS,
    port: PORTS.chromeDebug,
    logLevel: "silent",
  });
}

function failingAudits(lhr: Result, category: Category): string[] {
  return lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
    .map((audit) => audit!.id);
}

/**
 * Lighthouse's own trace recording sometimes fails on a busy machine
 * (NO_NAVSTART, NO_FCP), for the whole run or for single audits; that says
 * nothing about the page, so such a run is made again, up to three times in
 * all. A run that still lacks audits is returned as it is, and the report
 * shows what was not measured (the CLS budget fails on a missing value).
 */
async function recordedRun(url: string, flags: Flags): Promise<RunnerResult> {
  let error: Result["runtimeError"];
  let lastResult: RunnerResult | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    error = result.lhr.runtimeError;
    if (error) continue;
    if (!Object.values(result.lhr.audits).some((audit) => audit.scoreDisplayMode === "error")) return result;
    lastResult = result;
  }
  if (lastResult) return lastResult;
  throw new Error(`Lighthouse on ${url}: ${error?.code} ${error?.message}`);
}

/**
 * One Lighthouse run. `full` scores all four categories; otherwise only the
 * layout-shift audit runs (for routes that only need CLS). Saves the HTML
 * report under .work/lighthouse for drill-down.
 */
export type LighthouseRun = Awaited<ReturnType<typeof runLighthouse>>;
export type MedianRun = ReturnType<typeof medianRun>;

export async function runLighthouse(chrome: Chrome, url: string, { full, label }: { full: boolean; label: string }) {
  const flags: Flags = {
    port: chrome.port,
    output: "html",
    logLevel: "error",
    ...(full ? { onlyCategories: [...CATEGORIES] } : { onlyAudits: ["cumulative-layout-shift", "network-requests"] }),
  };
  const { lhr, report } = await recordedRun(url, flags);
  mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
  // A route's label may hold slashes (/es/admissions); the report files sit side by side.
  const reportFile = path.join(LIGHTHOUSE_DIR, `${label.replace(/\//g, "_")}.html`);
  writeFileSync(reportFile, Array.isArray(report) ? report[0]! : report);

  const details = lhr.audits["network-requests"]?.details;
  const requests: { url?: unknown }[] = details && "items" in details ? details.items : [];
  const offsite = requests.map((item) => item.url).filter((u): u is string => typeof u === "string" && !isLoopback(u));
  const scores = {} as Record<Category, number>;
  const failing = {} as Record<Category, string[]>;
  if (full) {
    for (const c of CATEGORIES) {
      scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
      failing[c] = failingAudits(lhr, c);
    }
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue;
  return {
    url,
    scores,
    failing,
    cls: metric("cumulative-layout-shift"),
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    fcpMs: metric("first-contentful-paint"),
    offsite,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    reportFile,
    lhr,
  };
}

/**
 * Lighthouse's own pick of the median run (the one closest to the median
 * first contentful paint and time to interactive, as its variability guide
 * recommends), kept whole so its scores, metrics and audits belong together,
 * with the spread of performance scores across all the runs.
 */
export function medianRun(runs: LighthouseRun[]) {
  const median = computeMedianRun(runs.map((r) => r.lhr));
  const found = runs.find((r) => r.lhr === median);
  if (!found) throw new Error("Lighthouse picked no median run");
  const { lhr: _lhr, ...chosen } = found;
  const perf = runs.map((r) => r.scores.performance);
  return { ...chosen, runs: runs.length, perfRange: [Math.min(...perf), Math.max(...perf)] };
}
