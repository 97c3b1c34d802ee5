import { rm } from "node:fs/promises";
import { E2E_DATA_DIR, E2E_SMTP_PORT } from "../support/e2e-env";
import { startControlServer } from "../support/smtp-control";
import { SmtpSink } from "../support/smtp-sink";

/**
 * Each run starts with an empty outbox and mailbox, and an SMTP sink standing
 * in for the intake inbox. Playwright starts webServer before globalSetup, so
 * the app is already up here; it only sends when a test submits the form, and
 * anything it tried earlier would wait in its outbox and be retried.
 * The returned function is the global teardown.
 */
export default async function globalSetup() {
  await rm(E2E_DATA_DIR, { recursive: true, force: true });
  const sink = new SmtpSink(E2E_SMTP_PORT);
  await sink.start();
  const control = await startControlServer(sink);
  return async () => {
    await new Promise<void>((resolve) => control.close(() => resolve()));
    await sink.stop();
  };
}
