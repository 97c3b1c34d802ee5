/**
 * npm run outbox:flush: recovers claims abandoned more than five minutes ago,
 * then tries every pending message once, now, whatever its retry time. Safe
 * beside a running server: a message another process is sending is left to it.
 *
 * The exit status adds up what is left for someone to look at:
 *   0  nothing pending, being sent or failed: all delivered
 *   1  some still in pending/ (SMTP still unreachable?): run it again later
 *   2  some in failed/, refused for good: a person must pass them to intake
 *   4  some in sending/, claimed by another process (a server or flush sending
 *      now, or one that died less than five minutes ago): run it again later
 *   8  the flush itself could not run (a bad setting, an unreadable outbox)
 * so 5 means pending and being sent, 3 pending and failed, and so on.
 */
import { parseMailEnv } from "@/lib/env";
import { createTransport } from "@/lib/mail/create-transport";
import { Outbox } from "./outbox";
import { releaseClaimsOnExit } from "./release-on-exit";
import { flushOutbox } from "./worker";

const EXIT = { pending: 1, failed: 2, sending: 4, error: 8 } as const;

async function main(): Promise<number> {
  const env = parseMailEnv(process.env);
  const transport = createTransport(env);
  const outbox = new Outbox(env.outboxDir);
  // Ctrl+C or SIGTERM mid-send puts the message back in pending/ instead of leaving it claimed.
  releaseClaimsOnExit(outbox, () => transport.close(), console);
  try {
    const result = await flushOutbox(outbox, transport);
    const { sent, recovered, pending, sending, failed } = result;
    console.info(
      `outbox ${env.outboxDir}: ${sent} sent, ${pending} still pending, ${sending} being sent by another process, ${failed} failed` +
        (recovered ? ` (${recovered} abandoned mid-send and queued again)` : ""),
    );
    if (sending)
      console.error(
        `${sending} message(s) in ${env.outboxDir}/sending are claimed by another process; ` +
          `if it has stopped, they are queued again after ${result.nextStaleAt?.toISOString()}: run this again then`,
      );
    if (failed)
      console.error(
        `${failed} message(s) in ${env.outboxDir}/failed were refused for good; pass them to intake by hand`,
      );
    return (pending ? EXIT.pending : 0) | (failed ? EXIT.failed : 0) | (sending ? EXIT.sending : 0);
  } finally {
    transport.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`outbox:flush could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT.error);
  },
);
