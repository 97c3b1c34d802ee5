import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import path from "node:path";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Version of an installed package, read from its own package.json under `root`/node_modules. */
export function installedVersion(root, name) {
  const file = path.join(root, "node_modules", name, "package.json");
  return JSON.parse(readFileSync(file, "utf8")).version;
}

/**
 * Runs a command to completion with its output in `logFile` (a build prints
 * hundreds of lines nobody needs unless it fails, then the tail is shown).
 */
export function runLogged(command, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on("error", reject);
    child.on("close", (code) => {
      log.end(() => {
        if (code === 0) return resolve();
        const tail = readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
        reject(new Error(`${command} ${args.join(" ")} exited with ${code} (log: ${logFile})\n${tail}`));
      });
    });
  });
}

/** Nearest-rank percentile of an unsorted list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(0);
}
