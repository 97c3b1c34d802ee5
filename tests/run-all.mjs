#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in the order a failure is cheapest
 * to find, ending with one line "N passed, N failed" summed over all runners.
 * Lint, format, type check, build and content check count as one test each;
 * vitest and Playwright report their own counts through their JSON reporters.
 * Later steps still run after an earlier failure, except those that need the
 * build.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { ensureBrowser } from "./support/ensure-browser.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "1" };
const results = [];

function run(label, command, args, extraEnv = {}) {
  console.info(`\n━━ ${label}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: status === 0, seconds };
}

function step(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** A runner's own counts; if it wrote no report (it crashed), the step counts as one failure. */
function runnerStep(label, command, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  const { ok, seconds } = run(label, command, args);
  const report = readJson(reportFile);
  const counts = report ? count(report) : { passed: 0, failed: 1 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ label, ...counts, seconds });
  return ok;
}

step("lint", "npx", ["eslint", "."]);
step("format", "npx", ["prettier", "--check", "."]);
step("types", "npx", ["tsc", "--noEmit"]);
runnerStep(
  "unit",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"],
  "test-results/unit.json",
  (r) => ({ passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0) }),
);
const built = step("build", "npx", ["next", "build"]);
if (built) {
  step("content", "npx", ["tsx", "tests/content-check/run.ts"]);
} else {
  results.push({ label: "content", passed: 0, failed: 1, seconds: "0", note: "needs the build" });
}

const browser = ensureBrowser();
if (built && browser.ok) {
  runnerStep("e2e", "npx", ["playwright", "test"], "test-results/e2e.json", (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: (r.stats?.unexpected ?? 0) + (r.errors?.length ?? 0),
  }));
} else {
  results.push({ label: "e2e", passed: 0, failed: 1, seconds: "0", note: built ? browser.reason : "needs the build" });
}

// The same checks against a second program, in a scratch copy: the site must stay right for any provider's
// content/program.ts (tests/provider/run.mjs). Each of its steps is counted here under its own label.
rmSync("test-results/provider.json", { force: true });
const second = run("second program", "node", ["tests/provider/run.mjs"]);
const secondSteps = readJson("test-results/provider.json")?.steps ?? [];
if (!second.ok && !secondSteps.some((r) => r.failed > 0)) {
  secondSteps.push({ label: "run", passed: 0, failed: 1, seconds: second.seconds, note: "stopped without a count" });
}
results.push(...secondSteps.map((r) => ({ ...r, label: `2nd ${r.label}` })));

console.info("\n━━ summary");
for (const r of results) {
  const note = r.note ? `  (${r.note})` : "";
  console.info(
    `${r.label.padEnd(11)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds}s${note}`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.info(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
