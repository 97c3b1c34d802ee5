import "server-only";
import path from "node:path";
import nodemailer from "nodemailer";
import { writeFileAtomic } from "@/lib/atomic-file";
import { toNodemailer, type MailTransport } from "./transport";

/**
 * The embedded default when no SMTP_URL is set: each message becomes an .eml
 * file in MAILBOX_DIR (open it in any mail program), so `npm run dev` works
 * with nothing else running. Written like the outbox: temp file, fsync, rename.
 */
export function createMailboxTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "\r\n" });
  return {
    async send(message) {
      const info = await composer.sendMail(toNodemailer(message));
      const file = path.join(dir, `${message.date.replace(/[:.]/g, "-")}-${message.reference}.eml`);
      if (!Buffer.isBuffer(info.message)) throw new Error("mailbox: nodemailer did not return the message as a buffer");
      await writeFileAtomic(file, info.message);
      return { via: "mailbox", file };
    },
    close: () => composer.close(),
  };
}
