/**
 * A real SMTP server on loopback that accepts every message and keeps it in
 * memory, so the bench can count what the site actually delivered. No TLS and
 * no auth: the site's mailer talks plain SMTP to 127.0.0.1 here.
 */
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { HOST } from "./config.mjs";

export async function startSmtpSink(port) {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    disableReverseLookup: true,
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (c) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks);
        // Read before accepting: the session's envelope is reset for the next message.
        const to = session.envelope.rcptTo.map((r) => r.address);
        // Accept first, as a relay queues before it looks inside: the site's
        // timings must not include this process parsing mail.
        callback();
        try {
          const mail = await simpleParser(raw);
          const headers = [...mail.headers].map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
          messages.push({
            receivedAt: Date.now(),
            to,
            subject: mail.subject ?? "",
            // Decoded text to search in: quoted-printable or base64 would hide a raw match.
            searchable: [headers.join("\n"), mail.subject ?? "", mail.text ?? "", mail.html || ""].join("\n"),
          });
        } catch {
          messages.push({ receivedAt: Date.now(), to, subject: "", searchable: raw.toString("latin1") });
        }
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, resolve);
  });
  return {
    url: `smtp://${HOST}:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
