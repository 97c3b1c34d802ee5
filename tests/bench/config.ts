import { CHROMIUM_ARGS } from "../support/chromium.mjs";
/**
 * Everything the bench can be tuned by: ports, budgets, run lengths and the
 * Chromium it drives. Budgets live here, as data, so changing one is a
 * one-line diff that the report then quotes.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_DIR = path.resolve(BENCH_DIR, "../..");
export const WORK_DIR = path.join(BENCH_DIR, ".work");
export const BASELINE_DIR = path.join(WORK_DIR, "baseline");
export const DATA_DIR = path.join(WORK_DIR, "data");
export const LIGHTHOUSE_DIR = path.join(WORK_DIR, "lighthouse");
export const RESULTS_FILE = path.join(BENCH_DIR, "results.md");

/** Loopback only; the defaults sit in the 3300-3399 block so they never meet the dev or e2e servers. */
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3300);
export const HOST = "127.0.0.1";
export const PORTS = {
  project: PORT_BASE + 1,
  baseline: PORT_BASE + 2,
  baselineNonce: PORT_BASE + 3,
  smtp: PORT_BASE + 10,
  chromeDebug: PORT_BASE + 20,
};

/** 1 kB = 1000 bytes, as Chrome DevTools and Lighthouse count. */
export const KB = 1000;

/**
 * Budgets, all measured against the bare Next.js page built from the same
 * versions in the same run. A page whose JS allowance is raised gets the same
 * raise on its total, so the exception is for script and nothing else.
 */
export const SIZE_BUDGETS = {
  defaultJsKb: 10,
  defaultTotalKb: 40,
  jsKbByRoute: {
    "/is-iop-right-for-me": 25,
    "/admissions": 50,
    "/es/is-iop-right-for-me": 25,
    "/es/admissions": 50,
  } as Record<string, number>,
};

export function sizeBudgetFor(route: string): { jsKb: number; totalKb: number } {
  const js = SIZE_BUDGETS.jsKbByRoute[route] ?? SIZE_BUDGETS.defaultJsKb;
  return { jsKb: js, totalKb: SIZE_BUDGETS.defaultTotalKb + (js - SIZE_BUDGETS.defaultJsKb) };
}

/** Both home pages and both admissions pages: the Spanish edition is held to the same scores. */
export const LIGHTHOUSE_ROUTES = ["/", "/compare", "/schedule", "/admissions", "/es", "/es/admissions"];
/**
 * Full Lighthouse runs per page (the baseline included), taken in turns so
 * that every page sees the same machine; each page is judged by its median run.
 * Five, as Lighthouse's variability guide advises ("the median Lighthouse
 * score of 5 runs is twice as stable as 1 run"); with three, the medians of
 * unchanged pages moved from 91 to 97 between runs.
 */
export const LIGHTHOUSE_ROUNDS = 5;
/** Real loads per page on the throttled phone (slow-phone.mjs), in turns like Lighthouse's; the median by LCP is reported. */
export const SLOW_PHONE_ROUNDS = 3;
/** Minimum category scores (0-100) on LIGHTHOUSE_ROUTES, judged on the median run. */
export const LIGHTHOUSE_BUDGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
/** web.dev's threshold for "good" layout shift. */
export const CLS_BUDGET = 0.1;

export const LOAD = {
  connections: 50,
  seconds: Number(process.env.BENCH_LOAD_SECONDS ?? 10),
  warmupSeconds: 2,
  routes: ["/", "/what-is-iop", "/es"],
  /**
   * Budget: a static page serves at least this share of the req/s of the bare
   * page padded to its HTML size (within 10%). Next hashes (ETag) and gzips
   * every response, so a page's size alone costs throughput; against the tiny
   * bare page no page of this size can reach 80% under `next start` (that
   * share is reported, not budgeted).
   */
  minRpsRatio: 0.8,
  /**
   * The bare baseline with its HTML padded with text to about these sizes (kB,
   * uncompressed), to draw how `next start` slows with size alone: 12 and 25 fall
   * on either side of the size at which the bare page drops below 80% of its own
   * rate on this machine, 50 is a page with a linked stylesheet. The run adds one
   * padded page at the built size of each page in LOAD.routes: the budget's yardstick.
   */
  paddedHtmlKb: [12, 25, 50],
};

export const FORM = {
  route: "/admissions",
  submissions: 50,
  replays: 5,
  p99BudgetMs: 500,
  deliveryTimeoutMs: 30_000,
};

/**
 * Every page route in both languages, from content/pages/*.mdx as lib/content/routes.ts derives it (Spanish twins
 * under /es with the same slugs), read from the files so the bench loads no project module.
 */
export function contentRoutes(): string[] {
  const slugs = readdirSync(path.join(PROJECT_DIR, "content/pages"))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.slice(0, -".mdx".length));
  const english = slugs.map((slug) => (slug === "home" ? "/" : `/${slug}`));
  const spanish = english.map((route) => (route === "/" ? "/es" : `/es${route}`));
  return [...english.sort(), ...spanish.sort()];
}

export { chromiumExecutable as chromiumPath } from "../support/chromium.mjs";

/** The shared quiet flags, headless for chrome-launcher (Lighthouse), which does not add it itself. */
export const CHROMIUM_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

export function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === HOST || hostname === "localhost" || hostname === "[::1]";
}
