/**
 * npm run outbox:flush: tries every pending message once, now, whatever its
 * retry time. Exit 0: nothing pending and nothing failed; 1: some still
 * pending (SMTP still down?); 2: some in failed/ need a person.
 */
import { parseMailEnv } from "@/lib/env";
import { createTransport } from "@/lib/mail/create-transport";
import { Outbox } from "./outbox";
import { flushOutbox } from "./worker";

async function main(): Promise<number> {
  const env = parseMailEnv(process.env);
  const transport = createTransport(env);
  const outbox = new Outbox(env.outboxDir);
  try {
    const { sent, pending, failed } = await flushOutbox(outbox, transport);
    console.info(`outbox ${env.outboxDir}: ${sent} sent, ${pending} still pending, ${failed} failed`);
    if (failed)
      console.error(
        `${failed} message(s) in ${env.outboxDir}/failed were refused for good; pass them to intake by hand`,
      );
    return pending ? 1 : failed ? 2 : 0;
  } finally {
    transport.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
