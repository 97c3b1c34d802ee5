#!/usr/bin/env node
/**
 * `npm run bench`: page weight, Lighthouse, server load and the callback form
 * under load, each side by side with a bare Next.js page built from the same
 * versions in the same run. Budgets are checked here (never in `npm test`);
 * the exit status is non-zero when one fails. See README.md, "Benchmarks".
 *
 *   npm run bench                      everything (about 6 minutes, under 10)
 *   npm run bench -- --quick           sizes only: no Lighthouse, no load
 *   npm run bench -- --skip-build      reuse the project's existing .next
 *   npm run bench -- --rebuild-baseline
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  CLS_BUDGET,
  DATA_DIR,
  FORM,
  HOST,
  LIGHTHOUSE_BUDGETS,
  LIGHTHOUSE_ROUNDS,
  LIGHTHOUSE_ROUTES,
  LOAD,
  SLOW_PHONE_ROUNDS,
  PORTS,
  PROJECT_DIR,
  RESULTS_FILE,
  BASELINE_DIR,
  WORK_DIR,
  chromiumPath,
  contentRoutes,
  sizeBudgetFor,
} from "./config.mjs";
import { prepareBaseline } from "./baseline.mjs";
import { benchBareAction, benchForm } from "./form-load.mjs";
import { CATEGORIES, launchChrome, medianRun, runLighthouse } from "./lighthouse.mjs";
import { measureLoad } from "./load.mjs";
import { FAIL, PASS, SKIP, gitCommit, kb, machine, ms, num, pct, signedKb, table } from "./report.mjs";
import { launchBrowser, measurePage } from "./sizes.mjs";
import { SLOW_PHONE, loadOnSlowPhone } from "./slow-phone.mjs";
import { assertPortsFree, startNext, stopAll } from "./servers.mjs";
import { startSmtpSink } from "./smtp-sink.mjs";
import { installedVersion, runLogged, seconds } from "./util.mjs";

const args = new Set(process.argv.slice(2));
if (args.has("--help") || args.has("-h")) {
  console.info("usage: npm run bench -- [--quick] [--skip-build] [--rebuild-baseline]");
  process.exit(0);
}
const QUICK = args.has("--quick");
const SKIP_BUILD = args.has("--skip-build");

const t0 = Date.now();
const log = (line) => console.info(line);
const phase = (name) => log(`\n▸ ${name}  (${seconds(t0)} s)`);
const checks = [];
const check = (name, status, detail = "") => checks.push({ name, status, detail });
const cleanups = [];

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

async function main() {
  if (!chromiumPath()) throw new Error("no Chromium: install Debian's chromium or set CHROMIUM_PATH");
  await assertPortsFree(Object.values(PORTS));
  mkdirSync(WORK_DIR, { recursive: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
  const info = { machine: machine(), commit: gitCommit(PROJECT_DIR), mode: QUICK ? "quick" : "full" };

  phase("baseline app");
  const baseline = await prepareBaseline({ rebuild: args.has("--rebuild-baseline"), log });
  const nonceBaseline = QUICK
    ? undefined
    : await prepareBaseline({ rebuild: args.has("--rebuild-baseline"), log, variant: "nonce" });

  const sink = await startSmtpSink(PORTS.smtp);
  cleanups.push(() => sink.close());
  const appEnv = {
    SITE_URL: projectOrigin,
    SMTP_URL: sink.url,
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
  info.chromium = browser.version();
  const sizeCache = new Map();
  const baseSize = await measurePage(browser, baselineOrigin, "/", sizeCache);
  const sizes = [];
  for (const route of routes) {
    const s = await measurePage(browser, projectOrigin, route, sizeCache);
    sizes.push(s);
    log(`  ${route}: JS ${kb(s.bytes.js)}, CSS ${kb(s.bytes.css)}, HTML ${kb(s.bytes.html)} kB`);
  }
  let slowPhone;
  if (!QUICK) {
    phase("slow phone, loaded for real (DevTools throttling)");
    slowPhone = await runSlowPhone(browser);
  }
  await browser.close();

  let lighthouse;
  if (!QUICK) {
    phase("Lighthouse (mobile, simulated throttling)");
    lighthouse = await runAllLighthouse(routes);
  }

  let load;
  let form;
  if (!QUICK) {
    phase(`server load: autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s each`);
    load = await runLoad();
    phase(`callback form: ${FORM.submissions} concurrent submissions with JavaScript, then without`);
    form = await benchForm({ origin: projectOrigin, sink, intakeEmail, log });
    if (form.available) {
      form.bare = await benchBareAction(baselineOrigin);
      log(`  bare Next.js action, same load: p99 ${Math.round(form.bare.p99)} ms`);
    }
  }

  info.seconds = seconds(t0);
  const report = buildReport({ info, baseline, baseSize, sizes, slowPhone, lighthouse, load, form });
  log(`\n${report}`);
  writeFileSync(RESULTS_FILE, `${report}\n`);
  log(`\nwritten to ${path.relative(PROJECT_DIR, RESULTS_FILE)}`);
  return checks.some((c) => c.status === FAIL) ? 1 : 0;
}

/** Each page in turns (baseline first), so a busy moment falls on all alike; per page, the run with the median LCP. */
async function runSlowPhone(browser) {
  const pages = [{ key: "baseline /", url: `${baselineOrigin}/` }].concat(
    LIGHTHOUSE_ROUTES.map((route) => ({ key: route, url: `${projectOrigin}${route}` })),
  );
  const runs = new Map(pages.map((p) => [p.key, []]));
  for (let round = 1; round <= SLOW_PHONE_ROUNDS; round++) {
    for (const { key, url } of pages) runs.get(key).push(await loadOnSlowPhone(browser, url));
  }
  const medians = new Map();
  for (const [key, list] of runs) {
    const sorted = [...list].sort((a, b) => (a.lcp ?? Infinity) - (b.lcp ?? Infinity));
    medians.set(key, { ...sorted[Math.floor(sorted.length / 2)], lcpRange: [sorted[0].lcp, sorted.at(-1).lcp] });
    log(`  ${key}: LCP ${list.map((r) => ms(r.lcp)).join(", ")} ms`);
  }
  return medians;
}

async function runAllLighthouse(routes) {
  const chrome = await launchChrome();
  cleanups.push(async () => chrome.kill());
  const label = (route) => (route === "/" ? "home" : route.slice(1));
  const pages = [
    { key: "baseline", url: `${baselineOrigin}/`, name: "baseline" },
    ...LIGHTHOUSE_ROUTES.map((route) => ({ key: route, url: `${projectOrigin}${route}`, name: label(route) })),
  ];
  try {
    // In turns (baseline, /, /compare, ..., then again), so a busy minute on the machine falls on every page alike.
    const runs = new Map(pages.map((p) => [p.key, []]));
    for (let round = 1; round <= LIGHTHOUSE_ROUNDS; round++) {
      const scores = [];
      for (const { key, url, name } of pages) {
        const r = await runLighthouse(chrome, url, { full: true, label: `${name}-${round}` });
        runs.get(key).push(r);
        scores.push(`${key} ${r.scores.performance}`);
      }
      log(`  round ${round}/${LIGHTHOUSE_ROUNDS}, performance: ${scores.join(", ")}`);
    }
    const baseline = medianRun(runs.get("baseline"));
    const full = new Map(LIGHTHOUSE_ROUTES.map((route) => [route, medianRun(runs.get(route))]));
    for (const [route, r] of [["baseline", baseline], ...full]) {
      log(`  ${route} median run: ${CATEGORIES.map((c) => r.scores[c]).join(" / ")}, CLS ${num(r.cls, 3)}`);
    }
    const clsOnly = new Map();
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

async function runLoad() {
  // Baseline before and after the project runs, so drift on a shared machine shows and averages out.
  const before = await measureLoad(`${baselineOrigin}/`);
  log(`  baseline /: ${num(before.rps)} req/s`);
  const project = [];
  for (const route of LOAD.routes) {
    const r = await measureLoad(`${projectOrigin}${route}`);
    project.push({ route, ...r });
    log(`  ${route}: ${num(r.rps)} req/s`);
  }
  const padded = [];
  for (const kb of LOAD.paddedHtmlKb) {
    const r = await measureLoad(`${baselineOrigin}/padded/${kb}`);
    padded.push(r);
    log(`  baseline padded to ${kb} kB of HTML: ${num(r.rps)} req/s`);
  }
  // The same bare page with a nonce CSP (proxy + render per request): what the project's build-time hashes avoid.
  const nonce = await measureLoad(`${nonceBaselineOrigin}/`);
  log(`  baseline / with a nonce CSP: ${num(nonce.rps)} req/s`);
  const after = await measureLoad(`${baselineOrigin}/`);
  log(`  baseline / again: ${num(after.rps)} req/s`);
  return { before, after, baselineRps: (before.rps + after.rps) / 2, project, padded, nonce };
}

function buildReport({ info, baseline, baseSize, sizes, slowPhone, lighthouse, load, form }) {
  const out = [];
  const versions = [
    `node ${process.version}`,
    `next ${baseline.versions.next}`,
    `react ${baseline.versions.react}`,
    `react-dom ${baseline.versions["react-dom"]}`,
    `chromium ${info.chromium}`,
    `lighthouse ${installedVersion(PROJECT_DIR, "lighthouse")}`,
    `autocannon ${installedVersion(PROJECT_DIR, "autocannon")}`,
  ].join(", ");
  out.push(
    "# npm run bench",
    "",
    `- Run: ${new Date().toISOString()}, ${info.mode} mode, ${info.seconds} s${info.buildSeconds ? ` (project build ${info.buildSeconds} s)` : ""}, commit ${info.commit}`,
    `- Machine: ${info.machine.cpu}, ${info.machine.cores} cores, ${info.machine.memoryGb} GB RAM, ${info.machine.os}; load average at start ${info.machine.loadAtStart}`,
    `- Versions: ${versions}`,
    "- Baseline: a bare App Router page (one heading, one paragraph) built from the same next/react/react-dom. Only ratios within one run mean anything on a shared machine.",
  );

  // Page weight
  const cls = (route) => lighthouse?.full.get(route)?.cls ?? lighthouse?.clsOnly.get(route)?.cls;
  const total = (s) => s.bytes.js + s.bytes.css + s.bytes.html;
  const sizeRows = [
    [
      "baseline /",
      kb(baseSize.bytes.js),
      kb(baseSize.bytes.css),
      kb(baseSize.bytes.html),
      kb(total(baseSize)),
      "",
      "",
      "",
      num(lighthouse?.baseline.cls, 3),
      "",
    ],
  ];
  let sizeFails = 0;
  for (const s of sizes) {
    const budget = sizeBudgetFor(s.route);
    const dJs = s.bytes.js - baseSize.bytes.js;
    const dTotal = total(s) - total(baseSize);
    const ok = dJs <= budget.jsKb * 1000 && dTotal <= budget.totalKb * 1000;
    if (!ok) sizeFails += 1;
    sizeRows.push([
      s.route,
      kb(s.bytes.js),
      kb(s.bytes.css),
      kb(s.bytes.html),
      kb(total(s)),
      signedKb(dJs),
      signedKb(dTotal),
      `+${budget.jsKb} / +${budget.totalKb}`,
      num(cls(s.route), 3),
      ok ? PASS : FAIL,
    ]);
  }
  out.push(
    "",
    "## Page weight (gzip as served, kB = 1000 bytes)",
    "",
    "HTML document + every same-origin script and stylesheet the page loads in Chromium (375 px wide). Δ is the difference from the baseline page. CLS is Lighthouse's (mobile).",
    "",
    table(
      ["Route", "JS", "CSS", "HTML", "Total", "Δ JS", "Δ Total", "Budget Δ JS / Δ Total", "CLS", "Result"],
      sizeRows,
      ["left"],
    ),
  );
  check(
    "Page weight within budget on every route",
    sizeFails ? FAIL : PASS,
    sizeFails ? `${sizeFails} route(s) over` : `${sizes.length} routes`,
  );
  const offsite = [...new Set([...baseSize.offsite, ...sizes.flatMap((s) => s.offsite)])];
  if (lighthouse) {
    for (const r of [...lighthouse.full.values(), ...lighthouse.clsOnly.values()]) offsite.push(...r.offsite);
  }
  const offsiteUnique = [...new Set(offsite)];
  check(
    "No request leaves loopback (fonts, CDNs, analytics)",
    offsiteUnique.length ? FAIL : PASS,
    offsiteUnique.length ? offsiteUnique.slice(0, 5).join(", ") : "",
  );
  const uncompressed = [...new Set(sizes.flatMap((s) => s.notCompressed))];
  if (uncompressed.length) out.push("", `Served without compression: ${uncompressed.join(", ")}`);
  const errors = sizes.filter((s) => s.pageErrors.length);
  if (errors.length)
    out.push("", `Script errors in the page: ${errors.map((s) => `${s.route}: ${s.pageErrors[0]}`).join("; ")}`);

  if (slowPhone) out.push(...slowPhoneSection(slowPhone));

  // Lighthouse
  if (lighthouse) {
    const lhRow = (name, r, judged) => {
      const ok = CATEGORIES.every((c) => r.scores[c] >= LIGHTHOUSE_BUDGETS[c]);
      const failing = CATEGORIES.flatMap((c) => r.failing[c].map((id) => `${id}`));
      return [
        name,
        ...CATEGORIES.map((c) => r.scores[c]),
        `${r.perfRange[0]}-${r.perfRange[1]}`,
        num(r.cls, 3),
        ms(r.fcpMs),
        ms(r.lcpMs),
        ms(r.tbtMs),
        judged ? (ok ? PASS : FAIL) : "",
        failing.join(", ") || "–",
      ];
    };
    const rows = [lhRow("baseline /", lighthouse.baseline, false)];
    let lhFails = 0;
    for (const [route, r] of lighthouse.full) {
      rows.push(lhRow(route, r, true));
      if (!CATEGORIES.every((c) => r.scores[c] >= LIGHTHOUSE_BUDGETS[c])) lhFails += 1;
    }
    out.push(
      "",
      "## Lighthouse (mobile preset, simulated throttling)",
      "",
      `Budgets: performance >= ${LIGHTHOUSE_BUDGETS.performance}, accessibility, best practices and SEO = 100. Each page, the baseline included, had ${lighthouse.baseline.runs} full runs, taken in turns; each row is Lighthouse's median run for that page (closest to the median FCP and time to interactive), kept whole, and "Perf range" spans all its runs. Reports: tests/bench/.work/lighthouse/<page>-<run>.html. Benchmark index of this machine: ${num(lighthouse.baseline.benchmarkIndex)}.`,
      "",
      table(
        [
          "Page",
          "Perf",
          "A11y",
          "BP",
          "SEO",
          "Perf range",
          "CLS",
          "FCP ms",
          "LCP ms",
          "TBT ms",
          "Result",
          "Audits below 1",
        ],
        rows,
        ["left", ...Array(10).fill("right"), "left"],
      ),
    );
    if (lighthouse.baseline.scores.performance < LIGHTHOUSE_BUDGETS.performance) {
      out.push(
        "",
        `Note: the bare baseline page itself scores ${lighthouse.baseline.scores.performance} for performance in its median run, below the budget of ${LIGHTHOUSE_BUDGETS.performance}: the machine was too busy for performance scores to mean much (compare each route with the baseline, and rerun when the machine is quiet).`,
      );
    }
    check(
      `Lighthouse on ${LIGHTHOUSE_ROUTES.join(", ")}`,
      lhFails ? FAIL : PASS,
      lhFails ? `${lhFails} route(s) below budget` : "",
    );
    const allCls = [...lighthouse.full.entries(), ...lighthouse.clsOnly.entries()];
    // A route Lighthouse could not measure is not a pass.
    const unmeasured = allCls.filter(([, r]) => typeof r.cls !== "number").map(([route]) => route);
    const measured = allCls.filter(([, r]) => typeof r.cls === "number");
    const worst = measured.length ? measured.reduce((a, b) => (b[1].cls > a[1].cls ? b : a)) : undefined;
    check(
      `CLS <= ${CLS_BUDGET} on every route`,
      worst && worst[1].cls <= CLS_BUDGET && unmeasured.length === 0 ? PASS : FAIL,
      [
        worst && `worst ${worst[0]} ${num(worst[1].cls, 3)}`,
        unmeasured.length && `not measured: ${unmeasured.join(", ")}`,
      ]
        .filter(Boolean)
        .join("; "),
    );
  } else {
    check("Lighthouse", SKIP, "--quick");
  }

  // Load
  if (load) {
    const row = (name, r, vsBare, vsSameSize, result) => [
      name,
      kb(r.bytes),
      num(r.rps),
      vsBare,
      vsSameSize,
      ms(r.p50),
      ms(r.p975),
      ms(r.p99),
      r.requests,
      r.non2xx + r.errors,
      result,
    ];
    const percent = (r) => pct(r.rps / load.baselineRps);
    // The bare page padded to within 10% of a page's HTML size: what `next start` reaches at that size with no project code.
    const sameSizePadded = (page) => {
      const nearest = load.padded.reduce((a, b) =>
        Math.abs(b.bytes - page.bytes) < Math.abs(a.bytes - page.bytes) ? b : a,
      );
      return Math.abs(nearest.bytes - page.bytes) <= page.bytes * 0.1 ? nearest : undefined;
    };
    const rows = [
      row("baseline / (before)", load.before, "", "", ""),
      row("baseline / (after)", load.after, "", "", ""),
    ];
    const verdicts = load.project.map((r) => {
      const padded = sameSizePadded(r);
      const ratio = padded ? r.rps / padded.rps : undefined;
      const errors = r.non2xx + r.errors;
      const ok = ratio !== undefined && ratio >= LOAD.minRpsRatio && errors === 0;
      const detail = [
        `${r.route} ${ratio === undefined ? "no bare page within 10% of its size" : `${pct(ratio)} of a same-size bare page`}`,
        `${percent(r)} of the bare /`,
        errors ? `${errors} errors` : "",
      ];
      rows.push(row(r.route, r, percent(r), ratio === undefined ? "–" : pct(ratio), ok ? PASS : FAIL));
      return { ok, detail: detail.filter(Boolean).join(", ") };
    });
    for (const r of load.padded) rows.push(row(`baseline padded to ${kb(r.bytes)} kB`, r, percent(r), "", "reported"));
    rows.push(row("baseline / with a nonce CSP", load.nonce, percent(load.nonce), "", "reported"));
    const within = load.padded.filter((r) => r.rps / load.baselineRps >= LOAD.minRpsRatio);
    const largestWithin = within.length ? within.reduce((a, b) => (b.bytes > a.bytes ? b : a)) : null;
    const smallestPage = load.project.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    const threshold = largestWithin
      ? `The largest padded page still above ${LOAD.minRpsRatio * 100}% of the bare / had ${kb(largestWithin.bytes)} kB of HTML (${percent(largestWithin)}); the smallest page measured here, ${smallestPage.route}, has ${kb(smallestPage.bytes)} kB.`
      : `No padded page reached ${LOAD.minRpsRatio * 100}% of the bare /, not even the smallest (${kb(Math.min(...load.padded.map((r) => r.bytes)))} kB).`;
    out.push(
      "",
      `## Server load (autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s after ${LOAD.warmupSeconds} s warm-up, Accept-Encoding: gzip)`,
      "",
      `Budget: each static page serves >= ${LOAD.minRpsRatio * 100}% of the requests per second of the bare page padded to the same HTML size (within 10%), with no errors: that is what \`next start\` itself reaches at that size. "vs bare /" is against the mean of the two runs of the tiny bare page (${num(load.baselineRps)} req/s), reported, not budgeted. Latency in ms.`,
      "",
      table(
        [
          "Target",
          "HTML kB",
          "req/s",
          "vs bare /",
          "vs same-size bare",
          "p50",
          "p97.5",
          "p99",
          "Requests",
          "Errors",
          "Result",
        ],
        rows,
        ["left"],
      ),
      "",
      `HTML kB is the page as the server holds it, before gzip. Next hashes every page response for its ETag and then gzips it, so each request costs time in proportion to the page's size, whatever the page holds. The padded rows are the bare page with plain paragraphs added and no project code. ${threshold}`,
      "",
      `CSP choice: "baseline / with a nonce CSP" is the same bare page served the way a nonce requires (a proxy on every request and the page rendered per request). It reached ${percent(load.nonce)} of the static page's req/s. The project's static pages carry a CSP with script hashes written at build time instead, so they are served as the static baseline is (lib/security/README.md).`,
    );
    check(
      `Static pages serve >= ${LOAD.minRpsRatio * 100}% of a same-size bare page's req/s`,
      verdicts.every((v) => v.ok) ? PASS : FAIL,
      verdicts.map((v) => v.detail).join("; "),
    );
  } else {
    check("Server load", SKIP, "--quick");
  }

  // Form
  if (form?.available) {
    const waves = [
      { label: "with JavaScript (action call)", t: form.withJs, budgeted: true },
      { label: "without JavaScript (post + page)", t: form.withoutJs, budgeted: false },
    ];
    const latencyOk = form.withJs.p99 < FORM.p99BudgetMs;
    const deliveryOk = form.exactlyOnce === form.deliveryChecked && form.duplicates === 0;
    const failedPosts = waves.filter((w) => w.t.succeeded < form.perWave);
    out.push(
      "",
      `## Callback form (${form.perWave} concurrent submissions to a local SMTP server, twice)`,
      "",
      `Each of ${form.perWave} clients GETs the page, then all post at once (after one warm-up submission each way, left out of the timings); latency includes reading the response. With JavaScript the browser calls the server action and gets back its result; without JavaScript it posts the form and gets back the whole page, re-rendered with the result, so that wave also measures a full render of /admissions per post. The p99 budget (${FORM.p99BudgetMs} ms) applies to the action call. Delivery counts messages to the intake address carrying each submission's unique token (both waves and the warm-ups); ${form.replayed} submissions were then posted again unchanged (same ${form.keyField ?? "key"}), which must not send a second message.`,
      "",
      table(
        ["Wave", "Succeeded", "HTTP status", "p50", "p97.5", "p99", "max", "Result"],
        waves.map((w) => [
          w.label,
          `${w.t.succeeded}/${form.perWave}`,
          Object.entries(w.t.statuses)
            .map(([s, n]) => `${s}×${n}`)
            .join(" "),
          ms(w.t.p50),
          ms(w.t.p975),
          ms(w.t.p99),
          ms(w.t.max),
          w.budgeted ? (w.t.p99 < FORM.p99BudgetMs ? PASS : FAIL) : "reported",
        ]),
        ["left", "right"],
      ),
      "",
      table(
        ["Delivered exactly once", "Duplicates", "Missing", "All delivered after", "Result"],
        [
          [
            `${form.exactlyOnce}/${form.deliveryChecked}`,
            form.duplicates,
            form.missingDeliveries,
            `${ms(form.deliveredAfterMs)} ms`,
            deliveryOk ? PASS : FAIL,
          ],
        ],
        ["right"],
      ),
    );
    out.push(
      "",
      `The framework's floor, for scale: 50 concurrent calls to a server action that does nothing, on the bare baseline app (its /action route), answered ${form.bare.ok}/50 with 200, p50 ${ms(form.bare.p50)} ms, p99 ${ms(form.bare.p99)} ms.`,
    );
    if (form.replayed) {
      out.push("", `One post at a time (the replays without JavaScript, median): ${ms(form.singlePostMs)} ms.`);
    }
    if (form.otherMessages) out.push("", `Other messages received (e.g. confirmations): ${form.otherMessages}`);
    for (const note of form.notes) out.push("", `Note: ${note}`);
    check(
      `Form action p99 < ${FORM.p99BudgetMs} ms under ${form.perWave} concurrent submissions`,
      latencyOk ? PASS : FAIL,
      `p99 ${ms(form.withJs.p99)} ms (without JavaScript, page included: ${ms(form.withoutJs.p99)} ms)`,
    );
    check(
      "Form: every submission succeeded, with and without JavaScript",
      failedPosts.length === 0 ? PASS : FAIL,
      failedPosts.map((w) => `${w.label}: ${w.t.succeeded}/${form.perWave}`).join(", "),
    );
    check(
      "Form: every submission delivered exactly once",
      deliveryOk ? PASS : FAIL,
      `${form.exactlyOnce}/${form.deliveryChecked}, ${form.duplicates} duplicated, ${form.missingDeliveries} missing`,
    );
  } else {
    const reason = form ? form.reason : "--quick";
    if (form) out.push("", "## Callback form", "", reason);
    check("Callback form under load", SKIP, reason);
  }

  out.push(
    "",
    "## Budgets",
    "",
    table(
      ["Budget", "Result", "Detail"],
      checks.map((c) => [c.name, c.status, c.detail]),
      ["left", "left", "left"],
    ),
  );
  const failed = checks.filter((c) => c.status === FAIL).length;
  out.push("", failed ? `**${failed} budget(s) failed.**` : "**All measured budgets pass.**");
  return out.join("\n");
}

function slowPhoneSection(medians) {
  const bare = medians.get("baseline /");
  const rows = [...medians].map(([page, r]) => [
    page,
    ms(r.fcp),
    ms(r.lcp),
    `${ms(r.lcpRange[0])}-${ms(r.lcpRange[1])}`,
    page === "baseline /" ? "" : `+${ms(r.lcp - bare.lcp)}`,
    ms(r.stylesheetDone),
    `${ms(r.firstScriptDone)}-${ms(r.lastScriptDone)}`,
  ]);
  return [
    "",
    "## Slow phone, loaded for real (reported, not budgeted)",
    "",
    `Each page loaded ${SLOW_PHONE_ROUNDS} times with an empty cache, in turns, in Chromium throttled to Lighthouse's mobile figures (${SLOW_PHONE.requestLatencyMs} ms request latency, ${num(SLOW_PHONE.downloadThroughputKbps / 1024, 2)} Mbps down, CPU ${SLOW_PHONE.cpuSlowdownMultiplier} times slower; DevTools throttling); each row is the run with the median LCP. This is what a reader waits for; Lighthouse's performance score is a simulation made from an unthrottled load. Times in ms from navigation start; "Stylesheet" and "Scripts" say when their last byte arrived (first to last script).`,
    "",
    table(["Page", "FCP", "LCP", "LCP range", "LCP vs bare", "Stylesheet", "Scripts"], rows, ["left"]),
  ];
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(`\nbench failed: ${error.stack ?? error}`);
    process.exitCode = 2;
  })
  .finally(async () => {
    stopAll();
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
    // Keep-alive sockets from fetch and autocannon would hold the process open for minutes.
    process.exit();
  });
