import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { e2eServerEnv } from "./e2e-env";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

export type NextServer = {
  child: ChildProcess;
  url: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with its exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Kills it and its children, and waits for it to go. */
  stop(): Promise<void>;
};

/**
 * The built site under `next start` on `port`, with the end-to-end settings plus `overrides`, for tests that need a
 * server of their own (other settings, or one that must fail to start). `uid`/`gid` run it as another user.
 */
export function startNextServer(
  port: number,
  overrides: Record<string, string>,
  user: { uid?: number; gid?: number } = {},
): NextServer {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...e2eServerEnv(), ...overrides },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    ...user,
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
      await exited;
    },
  };
}

/** Waits until the server answers, or throws with what it printed. */
export async function waitUntilReady(server: NextServer, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
    try {
      if ((await fetch(`${server.url}/robots.txt`, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer within ${ms} ms:\n${server.output()}`);
}
