import path from "node:path";

/** Ports on loopback used by the end-to-end suite. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const E2E_SMTP_CONTROL_PORT = Number(process.env.E2E_SMTP_CONTROL_PORT ?? 2526);
/**
 * Specs that start servers of their own get ports of their own, so that Playwright's workers can run them at the
 * same time. The nginx spec's echo server also uses the two ports after it for a second proxy.
 */
export const SPEC_PORTS = {
  startup: E2E_PORT + 10,
  rateLimits: E2E_PORT + 11,
  outboxShutdown: { app: E2E_PORT + 12, smtp: E2E_PORT + 13 },
  behindNginx: { http: E2E_PORT + 20, https: E2E_PORT + 21, app: E2E_PORT + 22, echo: E2E_PORT + 23 },
};
export const E2E_DATA_DIR = path.resolve(".data/e2e");

/** Environment for the `next start` that the end-to-end tests drive. */
export function e2eServerEnv(): Record<string, string> {
  return {
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    INTAKE_EMAIL: "intake@example.org",
    MAIL_FROM: "Website <no-reply@example.org>",
    OUTBOX_DIR: path.join(E2E_DATA_DIR, "outbox"),
    MAILBOX_DIR: path.join(E2E_DATA_DIR, "mailbox"),
    FORM_RATE_LIMIT: "1000",
  };
}
