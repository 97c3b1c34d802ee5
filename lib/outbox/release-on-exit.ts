import type { Outbox, OutboxLog } from "./outbox";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;
const registered = new WeakSet<Outbox>();

/**
 * Every deploy ends the server with SIGTERM. `next start` answers it itself:
 * it stops accepting connections, lets open requests finish, then calls
 * process.exit(143), tens of milliseconds later
 * (next/dist/server/lib/start-server.js; NEXT_MANUAL_SIG_HANDLE turns that off,
 * https://nextjs.org/docs/pages/guides/self-hosting#manual-graceful-shutdowns).
 * A send in progress cannot finish in that time, so its claim goes back to
 * pending/ for the next process, synchronously, in the signal listener itself:
 * Next's own listener only starts asynchronous work, so a sync rename here is
 * done before any exit, whichever listener runs first. The 'exit' listener
 * catches a claim whose rename was still landing at the signal.
 *
 * `stop` is called first (stop the worker). If no one else listens for the
 * signal (the flush CLI, or NEXT_MANUAL_SIG_HANDLE set), the signal is raised
 * again once released, so the process still ends the way it would have.
 */
export function releaseClaimsOnExit(outbox: Outbox, stop: () => void, log: OutboxLog): void {
  if (registered.has(outbox)) return;
  registered.add(outbox);
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    const released = outbox.releaseClaimsSync();
    log.info(
      `outbox: stopping on ${signal}` +
        (released ? `; ${released} message(s) being sent were put back in pending/ for the next start` : ""),
    );
    for (const s of SIGNALS) process.off(s, onSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", () => {
    outbox.releaseClaimsSync();
  });
}
