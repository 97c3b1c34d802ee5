#!/usr/bin/env node
/**
 * The site built and tested for a second program: proof that a provider adopts the site by editing
 * content/program.ts alone. Copies the project (tracked and new files, as they are on disk) to a scratch folder,
 * puts tests/provider/second-program.ts in place of content/program.ts, and runs there the build, the content
 * check, every unit test and an end-to-end subset with the leftovers scan (tests/provider/playwright.config.ts).
 * Writes each step's counts to test-results/provider.json for tests/run-all.mjs, and prints them.
 *
 *   node tests/provider/run.mjs            # all steps; PROVIDER_KEEP=1 keeps the scratch folder to look at
 *
 * Ports: E2E_PORT, E2E_SMTP_PORT and E2E_SMTP_CONTROL_PORT plus 50 (the main suite's spec servers use +10 to +23).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const OFFSET = 50;
const root = process.cwd();
const report = path.join(root, "test-results/provider.json");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = (name, fallback) => String(Number(process.env[name] ?? fallback) + OFFSET);
const scratchEnv = {
  ...env,
  E2E_PORT: port("E2E_PORT", 3100),
  E2E_SMTP_PORT: port("E2E_SMTP_PORT", 2525),
  E2E_SMTP_CONTROL_PORT: port("E2E_SMTP_CONTROL_PORT", 2526),
  // The content check finds the writers' source articles beside the project; the scratch copy is elsewhere.
  CONTENT_SEEDS_DIR: process.env.CONTENT_SEEDS_DIR ?? path.resolve(root, "..", "shared", "seeds"),
};

function run(label, command, args, options) {
  console.info(`\n━━ second program, ${label}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", ...options });
  return { ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** The project as it is on disk, minus what git ignores; node_modules as hard links (fast, no second install). */
function makeScratch() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "iop-second-program-"));
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    try {
      cpSync(path.join(root, file), path.join(scratch, file), { recursive: true });
    } catch (error) {
      // A tracked file deleted in the working tree is not part of the project as it is on disk.
      if (error.code !== "ENOENT") throw error;
    }
  }
  const linked = spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(scratch, "node_modules")]);
  if (linked.status !== 0)
    cpSync(path.join(root, "node_modules"), path.join(scratch, "node_modules"), { recursive: true });
  cpSync(path.join(root, "tests/provider/second-program.ts"), path.join(scratch, "content/program.ts"));
  return scratch;
}

const results = [];
const scratch = makeScratch();
console.info(`Second program: scratch copy in ${scratch}`);
const inScratch = { cwd: scratch, env: scratchEnv };

// The shipped program's facts, listed here from the shipped content/program.ts, for the leftovers scan.
// Not under test-results/, which Playwright empties when it starts.
mkdirSync(path.join(scratch, ".data/provider"), { recursive: true });
const factsFile = path.join(scratch, ".data/provider/shipped-facts.json");
// react-server: the hours are formatted by server-only code, as in the pages.
const listed = run(
  "shipped facts",
  "npx",
  ["tsx", "--conditions=react-server", "tests/provider/list-shipped-facts.ts", factsFile],
  { cwd: root, env },
);

const built = run("build", "npx", ["next", "build"], inScratch);
results.push({ label: "build", passed: built.ok ? 1 : 0, failed: built.ok ? 0 : 1, seconds: built.seconds });

if (built.ok) {
  const content = run("content", "npx", ["tsx", "tests/content-check/run.ts"], inScratch);
  results.push({ label: "content", passed: content.ok ? 1 : 0, failed: content.ok ? 0 : 1, seconds: content.seconds });
} else {
  results.push({ label: "content", passed: 0, failed: 1, seconds: "0", note: "needs the build" });
}

const unitReport = path.join(scratch, "test-results/unit.json");
const unit = run(
  "unit",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${unitReport}`],
  inScratch,
);
results.push({ label: "unit", ...counts(unit, readJson(unitReport), unitCounts), seconds: unit.seconds });

if (built.ok && listed.ok) {
  const e2eReport = path.join(scratch, "test-results/e2e.json");
  const e2e = run("e2e", "npx", ["playwright", "test", "-c", "tests/provider/playwright.config.ts"], {
    cwd: scratch,
    env: { ...scratchEnv, PROVIDER_SHIPPED_FACTS: factsFile },
  });
  results.push({ label: "e2e", ...counts(e2e, readJson(e2eReport), e2eCounts), seconds: e2e.seconds });
} else {
  const note = built.ok ? "could not list the shipped facts" : "needs the build";
  results.push({ label: "e2e", passed: 0, failed: 1, seconds: "0", note });
}

// Last, as it overwrites the scratch copy's program: a slip stops the real build, naming the file and the field.
results.push(malformedBuild());

mkdirSync(path.dirname(report), { recursive: true });
writeFileSync(report, JSON.stringify({ scratch, steps: results }, null, 2));
if (process.env.PROVIDER_KEEP) console.info(`Scratch copy kept: ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
const failed = results.reduce((n, r) => n + r.failed, 0);
console.info(`\nSecond program: ${results.map((r) => `${r.label} ${r.passed} passed ${r.failed} failed`).join(", ")}`);
process.exit(failed === 0 ? 0 : 1);

function malformedBuild() {
  const file = path.join(scratch, "content/program.ts");
  const text = readFileSync(file, "utf8");
  const edited = text.replace(/\n\s*street:\s*"[^"]*",/, "");
  const expected = "content/program.ts: locations.0.street";
  console.info(
    `\n━━ second program, malformed: next build without the first location's street, expecting "${expected}"`,
  );
  const started = Date.now();
  writeFileSync(file, edited);
  const { status, stdout, stderr } = spawnSync("npx", ["next", "build"], { ...inScratch, encoding: "utf8" });
  const output = `${stdout}${stderr}`;
  const ok = edited !== text && status !== 0 && output.includes(expected);
  console.info(ok ? `The build stopped: ${output.match(/.*locations\.0\.street.*/)?.[0]?.trim()}` : output);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { label: "malformed", passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

function unitCounts(r) {
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0) };
}

function e2eCounts(r) {
  return {
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: (r.stats?.unexpected ?? 0) + (r.errors?.length ?? 0),
  };
}

/** A runner's own counts; with no report (it crashed), one failure; a failed exit is never zero failures. */
function counts(outcome, parsed, count) {
  const c = parsed ? count(parsed) : { passed: 0, failed: 1 };
  if (!outcome.ok && c.failed === 0) c.failed = 1;
  return c;
}
