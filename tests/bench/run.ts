/**
 * `npm run bench`: page weight, Lighthouse, server load and the callback form
 * under load, each side by side with a bare Next.js page built from the same
 * versions in the same run. Budgets are checked here (never in `npm test`);
 * the exit status is 1 when one fails, 2 when the bench could not run. How
 * to run and read it: tests/bench/README.md.
 *
 *   npm run bench                      everything (about 8 minutes on 2 busy cores)
 *   npm run bench -- --quick           build and page weight only
 *   npm run bench -- --skip-build      reuse the project's existing .next
 *   npm run bench -- --rebuild-baseline
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { HOME_SLUG, htmlFileForSlug } from "../content-check/routes";
import { SmtpSink } from "../support/smtp-sink";
import { prepareBaseline } from "./baseline";
import {
  BASELINE_DIR,
  DATA_DIR,
  FORM,
  HOST,
  LIGHTHOUSE_ROUNDS,
  LIGHTHOUSE_ROUTES,
  LOAD,
  PORTS,
  PROJECT_DIR,
  RESULTS_FILE,
  SLOW_PHONE_ROUNDS,
  WORK_DIR,
  chromiumPath,
  contentRoutes,
} from "./config";
import { benchBareAction, benchForm } from "./form-load";
import { kb, ms, num } from "./format";
import { CATEGORIES, type LighthouseRun, launchChrome, medianRun, runLighthouse } from "./lighthouse";
import { measureLoad } from "./load";
import { buildReport } from "./report/build";
import type { LighthouseResults, LoadResults, Measurements, RunInfo, SlowPhoneMedian } from "./report/types";
import { assertPortsFree, startNext, stopAll } from "./servers";
import { launchBrowser, measurePage } from "./sizes";
import { type SlowLoad, loadOnSlowPhone } from "./slow-phone";
import { gitCommit, machine, runLogged, seconds } from "./util";

const args = new Set(process.argv.slice(2));
if (args.has("--help") || args.has("-h")) {
  console.info("usage: npm run bench -- [--quick] [--skip-build] [--rebuild-baseline]");
  process.exit(0);
}
const QUICK = args.has("--quick");
const SKIP_BUILD = args.has("--skip-build");

const t0 = Date.now();
const log = (line: string) => console.info(line);
const phase = (name: string) => log(`\n▸ ${name}  (${seconds(t0)} s)`);
const cleanups: (() => Promise<void>)[] = [];

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    stopAll();
    for (const fn of cleanups) await fn().catch(() => {});
    process.exit(130);
  });
}

const projectOrigin = `http://${HOST}:${PORTS.project}`;
const baselineOrigin = `http://${HOST}:${PORTS.baseline}`;
const nonceBaselineOrigin = `http://${HOST}:${PORTS.baselineNonce}`;
const intakeEmail = "intake@bench.example.org";

async function main(): Promise<number> {
  if (!chromiumPath()) throw new Error("no Chromium: install Debian's chromium or set CHROMIUM_PATH");
  await assertPortsFree(Object.values(PORTS));
  mkdirSync(WORK_DIR, { recursive: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
  const info: Omit<RunInfo, "chromium" | "seconds"> = {
    machine: machine(),
    commit: gitCommit(PROJECT_DIR),
    mode: QUICK ? "quick" : "full",
  };

  const sink = new SmtpSink(PORTS.smtp, { replyFirst: true });
  await sink.start();
  cleanups.push(() => sink.stop());
  const appEnv = {
    SITE_URL: projectOrigin,
    SMTP_URL: `smtp://${HOST}:${PORTS.smtp}`,
    INTAKE_EMAIL: intakeEmail,
    MAIL_FROM: "Website <no-reply@bench.example.org>",
    OUTBOX_DIR: path.join(DATA_DIR, "outbox"),
    MAILBOX_DIR: path.join(DATA_DIR, "mailbox"),
    // The load test is one client on loopback; a real limit would turn it into a 429 test.
    FORM_RATE_LIMIT: "1000000",
  };

  if (SKIP_BUILD) {
    log("\n▸ project build skipped (--skip-build): using the existing .next");
  } else {
    phase("project build (next build)");
    const started = Date.now();
    const { SITE_URL: _siteUrl, ...buildEnv } = appEnv;
    await runLogged(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: PROJECT_DIR,
      env: { ...process.env, ...buildEnv, NEXT_TELEMETRY_DISABLED: "1" },
      logFile: path.join(WORK_DIR, "project-build.log"),
    });
    info.buildSeconds = seconds(started);
    log(`  built in ${info.buildSeconds} s`);
  }

  // The padded bare pages: the fixed sizes that draw the size curve, plus each load-tested page's own size, so
  // that every page is judged against the bare page carrying exactly as much HTML as it does.
  const serverDir = path.join(PROJECT_DIR, ".next", "server");
  const serverFiles = readdirSync(serverDir, { recursive: true, encoding: "utf8" });
  const pageKb = LOAD.routes.map((route) => builtHtmlKb(serverDir, serverFiles, route));
  const paddedKb = [...new Set([...LOAD.paddedHtmlKb, ...pageKb])].sort((a, b) => a - b);
  log(`  load-tested pages' HTML: ${LOAD.routes.map((r, i) => `${r} ${pageKb[i]} kB`).join(", ")}`);
  phase("baseline app");
  const baseline = await prepareBaseline({ rebuild: args.has("--rebuild-baseline"), log, paddedKb });
  const nonceBaseline = QUICK
    ? undefined
    : await prepareBaseline({ rebuild: args.has("--rebuild-baseline"), log, variant: "nonce" });

  phase("starting servers");
  const project = await startNext({ name: "project", cwd: PROJECT_DIR, port: PORTS.project, env: appEnv });
  cleanups.push(async () => project.stop());
  const base = await startNext({ name: "baseline", cwd: BASELINE_DIR, port: PORTS.baseline, env: {} });
  cleanups.push(async () => base.stop());
  log(`  project ${projectOrigin}, baseline ${baselineOrigin}`);
  if (nonceBaseline) {
    const nonce = await startNext({
      name: "baseline-nonce",
      cwd: nonceBaseline.dir,
      port: PORTS.baselineNonce,
      env: {},
    });
    cleanups.push(async () => nonce.stop());
    const res = await fetch(`${nonceBaselineOrigin}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonceValue = /'nonce-([^']+)'/.exec(csp)?.[1];
    if (!nonceValue || !(await res.text()).includes(`nonce="${nonceValue}"`)) {
      throw new Error("the nonce baseline does not put its CSP nonce on its scripts; see baseline.mjs");
    }
  }

  const routes = contentRoutes();
  phase(`page weight: ${routes.length} routes + baseline`);
  const browser = await launchBrowser();
  const chromium = browser.version();
  const sizeCache: Parameters<typeof measurePage>[3] = new Map();
  const baseSize = await measurePage(browser, baselineOrigin, "/", sizeCache);
  const sizes = [];
  for (const route of routes) {
    const s = await measurePage(browser, projectOrigin, route, sizeCache);
    sizes.push(s);
    log(`  ${route}: JS ${kb(s.bytes.js)}, CSS ${kb(s.bytes.css)}, HTML ${kb(s.bytes.html)} kB`);
  }
  let slowPhone: Measurements["slowPhone"];
  if (!QUICK) {
    phase("slow phone, loaded for real (DevTools throttling)");
    slowPhone = await runSlowPhone(browser);
  }
  await browser.close();

  let lighthouse: Measurements["lighthouse"];
  if (!QUICK) {
    phase("Lighthouse (mobile, simulated throttling)");
    lighthouse = await runAllLighthouse(routes);
  }

  let load: Measurements["load"];
  let form: Measurements["form"];
  let bareAction: Measurements["bareAction"];
  if (!QUICK) {
    phase(`server load: autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s each`);
    load = await runLoad(paddedKb);
    phase(`callback form: ${FORM.submissions} concurrent submissions with JavaScript, then without`);
    form = await benchForm({ origin: projectOrigin, sink, intakeEmail, log });
    if (form.available) {
      bareAction = await benchBareAction(baselineOrigin);
      log(`  bare Next.js action, same load: p99 ${Math.round(bareAction.p99)} ms`);
    }
  }

  const report = buildReport({
    info: { ...info, chromium, seconds: seconds(t0) },
    baseline,
    baseSize,
    sizes,
    slowPhone,
    lighthouse,
    load,
    form,
    bareAction,
  });
  log(`\n${report.text}`);
  writeFileSync(RESULTS_FILE, `${report.text}\n`);
  log(`\nwritten to ${path.relative(PROJECT_DIR, RESULTS_FILE)} (ignored by git)`);
  return report.failed ? 1 : 0;
}

/** Each page in turns (baseline first), so a busy moment falls on all alike; per page, the run with the median LCP. */
async function runSlowPhone(browser: Browser): Promise<Map<string, SlowPhoneMedian>> {
  const pages = [{ key: "baseline /", url: `${baselineOrigin}/` }].concat(
    LIGHTHOUSE_ROUTES.map((route) => ({ key: route, url: `${projectOrigin}${route}` })),
  );
  const runs = new Map<string, SlowLoad[]>(pages.map((p) => [p.key, []]));
  for (let round = 1; round <= SLOW_PHONE_ROUNDS; round++) {
    for (const { key, url } of pages) runs.get(key)!.push(await loadOnSlowPhone(browser, url));
  }
  const medians = new Map<string, SlowPhoneMedian>();
  for (const [key, list] of runs) {
    const sorted = [...list].sort((a, b) => (a.lcp ?? Infinity) - (b.lcp ?? Infinity));
    medians.set(key, { ...sorted[Math.floor(sorted.length / 2)]!, lcpRange: [sorted[0]?.lcp, sorted.at(-1)?.lcp] });
    log(`  ${key}: LCP ${list.map((r) => ms(r.lcp)).join(", ")} ms`);
  }
  return medians;
}

async function runAllLighthouse(routes: string[]): Promise<LighthouseResults> {
  const chrome = await launchChrome();
  cleanups.push(async () => chrome.kill());
  const label = (route: string) => (route === "/" ? HOME_SLUG : route.slice(1));
  const pages = [
    { key: "baseline", url: `${baselineOrigin}/`, name: "baseline" },
    ...LIGHTHOUSE_ROUTES.map((route) => ({ key: route, url: `${projectOrigin}${route}`, name: label(route) })),
  ];
  try {
    // In turns (baseline, /, /compare, ..., then again), so a busy minute on the machine falls on every page alike.
    const runs = new Map<string, LighthouseRun[]>(pages.map((p) => [p.key, []]));
    for (let round = 1; round <= LIGHTHOUSE_ROUNDS; round++) {
      const scores: string[] = [];
      for (const { key, url, name } of pages) {
        const r = await runLighthouse(chrome, url, { full: true, label: `${name}-${round}` });
        runs.get(key)!.push(r);
        scores.push(`${key} ${r.scores.performance}`);
      }
      log(`  round ${round}/${LIGHTHOUSE_ROUNDS}, performance: ${scores.join(", ")}`);
    }
    const baseline = medianRun(runs.get("baseline")!);
    const full = new Map(LIGHTHOUSE_ROUTES.map((route) => [route, medianRun(runs.get(route)!)] as const));
    for (const [route, r] of [["baseline", baseline] as const, ...full]) {
      log(`  ${route} median run: ${CATEGORIES.map((c) => r.scores[c]).join(" / ")}, CLS ${num(r.cls, 3)}`);
    }
    const clsOnly: LighthouseResults["clsOnly"] = new Map();
    for (const route of routes.filter((r) => !LIGHTHOUSE_ROUTES.includes(r))) {
      const { lhr: _lhr, ...r } = await runLighthouse(chrome, `${projectOrigin}${route}`, {
        full: false,
        label: label(route),
      });
      clsOnly.set(route, r);
    }
    log(`  CLS on ${clsOnly.size} more routes`);
    return { baseline, full, clsOnly };
  } finally {
    await chrome.kill();
  }
}

/** A prerendered route's HTML as the build wrote it, in whole kB (1 kB = 1000 bytes, as in the report). */
function builtHtmlKb(serverDir: string, serverFiles: readonly string[], route: string): number {
  const lang = /^\/es(?:\/|$)/.test(route) ? "es" : "en";
  const english = lang === "es" ? route.slice("/es".length) || "/" : route;
  const file = htmlFileForSlug(serverFiles, english === "/" ? HOME_SLUG : english.slice(1), lang);
  if (!file) throw new Error(`no prerendered HTML for ${route} in .next/server: is it still a static page?`);
  return Math.round(statSync(path.join(serverDir, file)).size / 1000);
}

async function runLoad(paddedKb: readonly number[]): Promise<LoadResults> {
  // Baseline before and after the project runs, so drift on a shared machine shows and averages out.
  const before = await measureLoad(`${baselineOrigin}/`);
  log(`  baseline /: ${num(before.rps)} req/s`);
  const project: LoadResults["project"] = [];
  for (const route of LOAD.routes) {
    const r = await measureLoad(`${projectOrigin}${route}`);
    project.push({ route, ...r });
    log(`  ${route}: ${num(r.rps)} req/s`);
  }
  const padded = [];
  for (const size of paddedKb) {
    const r = await measureLoad(`${baselineOrigin}/padded/${size}`);
    padded.push(r);
    log(`  baseline padded to ${size} kB of HTML: ${num(r.rps)} req/s`);
  }
  // The same bare page with a nonce CSP (proxy + render per request): what the project's build-time hashes avoid.
  const nonce = await measureLoad(`${nonceBaselineOrigin}/`);
  log(`  baseline / with a nonce CSP: ${num(nonce.rps)} req/s`);
  const after = await measureLoad(`${baselineOrigin}/`);
  log(`  baseline / again: ${num(after.rps)} req/s`);
  return { before, after, baselineRps: (before.rps + after.rps) / 2, project, padded, nonce };
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(`\nbench failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 2;
  })
  .finally(async () => {
    stopAll();
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
    // Keep-alive sockets from fetch and autocannon would hold the process open for minutes.
    process.exit();
  });
