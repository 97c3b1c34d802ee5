import "server-only";
import nodemailer from "nodemailer";
import type { MailMessage } from "./message";

/** What a transport did with a message: handed to an SMTP server, or written to the local mailbox. */
export type DeliveryReceipt = { via: "smtp"; response: string } | { via: "mailbox"; file: string };

export interface MailTransport {
  send(message: MailMessage): Promise<DeliveryReceipt>;
  close(): void;
}

/**
 * Nodemailer waits up to two minutes to connect and ten minutes on an idle
 * socket by default; a person is waiting on the other end of this form, so
 * every wait is about ten seconds.
 */
export const SMTP_TIMEOUT_MS = 10_000;

export function createSmtpTransport(options: { url: string; loopback: boolean; timeoutMs?: number }): MailTransport {
  const timeout = options.timeoutMs ?? SMTP_TIMEOUT_MS;
  const transporter = nodemailer.createTransport({
    url: options.url,
    // The outbox worker sends one message at a time; one kept-open connection
    // saves a connect and greeting per message (over 100 ms against some servers).
    pool: true,
    maxConnections: 1,
    // smtps:// is TLS from the first byte; smtp:// off loopback must upgrade with STARTTLS or fail.
    requireTLS: !options.loopback && options.url.startsWith("smtp:"),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
    // Messages carry only text we built; never let a message field read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  });
  return {
    async send(message) {
      const info = await transporter.sendMail(toNodemailer(message));
      return { via: "smtp", response: info.response };
    },
    close: () => transporter.close(),
  };
}

export function toNodemailer(message: MailMessage) {
  return {
    from: message.from,
    to: message.to,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    date: new Date(message.date),
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
