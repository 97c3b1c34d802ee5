/**
 * `next start` for the project and the baseline on loopback ports. Each
 * server runs in its own process group so stopping it also stops anything it
 * forked, and nothing else.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import net from "node:net";
import path from "node:path";
import { HOST, WORK_DIR } from "./config";
import { sleep } from "./util";

const started = new Set<ChildProcess>();

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

export async function assertPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    if (!(await portIsFree(port))) {
      throw new Error(`port ${port} on ${HOST} is in use; stop that process or set BENCH_PORT_BASE`);
    }
  }
}

/** Starts `next start` in `cwd` and resolves once `/` answers. */
export type NextServer = { name: string; origin: string; logFile: string; stop: () => void };

export async function startNext({
  name,
  cwd,
  port,
  env,
}: {
  name: string;
  cwd: string;
  port: number;
  env: Record<string, string>;
}): Promise<NextServer> {
  const logFile = path.join(WORK_DIR, `${name}-server.log`);
  const log = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [path.join(cwd, "node_modules", "next", "dist", "bin", "next"), "start", "-H", HOST, "-p", String(port)],
    {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  started.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.once("exit", () => {
    exited = true;
    started.delete(child);
  });

  const origin = `http://${HOST}:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} server exited during start; see ${logFile}`);
    try {
      const res = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.ok) return { name, origin, logFile, stop: () => stopChild(child) };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  stopChild(child);
  throw new Error(`${name} server did not answer on ${origin} within 60 s; see ${logFile}`);
}

function stopChild(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

/** Stops every server this process started (also called on Ctrl-C). */
export function stopAll(): void {
  for (const child of started) stopChild(child);
}
