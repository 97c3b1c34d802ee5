import "server-only";
import type { MailEnv } from "@/lib/env";
import { createMailboxTransport } from "./mailbox";
import { createSmtpTransport, type MailTransport } from "./transport";

/** The one way to get a transport from the settings, for the server and for `npm run outbox:flush` alike. */
export function createTransport(env: Pick<MailEnv, "smtpUrl" | "smtpLoopback" | "mailboxDir">): MailTransport {
  return env.smtpUrl
    ? createSmtpTransport({ url: env.smtpUrl, loopback: env.smtpLoopback })
    : createMailboxTransport(env.mailboxDir);
}
