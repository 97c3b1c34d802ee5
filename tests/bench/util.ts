import { execFileSync, spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Version of an installed package, read from its own package.json under `root`/node_modules. */
export function installedVersion(root: string, name: string): string {
  const file = path.join(root, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/**
 * Runs a command to completion with its output in `logFile` (a build prints
 * hundreds of lines nobody needs unless it fails, then the tail is shown).
 */
export function runLogged(
  command: string,
  args: string[],
  { cwd, env, logFile }: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<void> {
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
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(0);
}

function osName(): string {
  try {
    const text = readFileSync("/etc/os-release", "utf8");
    const name = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1];
    return `${name ?? os.type()} (kernel ${os.release()})`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

export type Machine = ReturnType<typeof machine>;

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

export function gitCommit(cwd: string): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd, encoding: "utf8" }).trim() !== "";
    return `${head}${dirty ? " (with uncommitted changes)" : ""}`;
  } catch {
    return "unknown";
  }
}
