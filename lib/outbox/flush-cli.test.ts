import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCallbackEmail } from "@/lib/callback/email";
import { handleCallbackSubmission } from "@/lib/callback/handle-submission";
import { callbackSchemaFor } from "@/lib/callback/schema";
import { RateLimiter } from "@/lib/rate-limit";
import { validSubmission } from "@/tests/support/callback-fixtures";
import { SmtpSink } from "@/tests/support/smtp-sink";
import { Outbox, type OutboxEntry } from "./outbox";

const sink = new SmtpSink();
let dir: string;
let smtpUrl: string;

beforeAll(async () => {
  smtpUrl = `smtp://127.0.0.1:${await sink.start()}`;
  dir = await mkdtemp(path.join(tmpdir(), "flush-cli-"));
});
afterAll(async () => {
  await sink.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Runs `npm run outbox:flush` as the script entry does, and returns its exit code and output. */
function flush(outboxDir = dir): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", "lib/outbox/flush-cli.ts"],
      {
        env: { ...process.env, OUTBOX_DIR: outboxDir, SMTP_URL: smtpUrl, NODE_ENV: "development" },
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function queue(key: string) {
  const outbox = new Outbox(dir, { log: { info() {}, error() {} } });
  return outbox.enqueueOnce(
    key,
    () => `CLI${key.slice(-5)}`,
    (reference) => ({
      reference,
      from: "Website <no-reply@example.org>",
      to: "intake@example.org",
      subject: `Callback request ${reference}`,
      text: `Reference: ${reference}\n`,
      html: `<p>${reference}</p>`,
      messageId: `<${reference}@example.org>`,
      date: new Date().toISOString(),
    }),
  );
}

describe("outbox:flush", () => {
  it("exits 1 while SMTP is down, 0 once everything is delivered, and sends each message once", async () => {
    const a = await queue("flush-key-aaaaaaaaaa11111");
    const b = await queue("flush-key-bbbbbbbbbb22222");
    await sink.stop();
    const down = await flush();
    expect(down.code).toBe(1);
    expect(down.output).toContain("2 still pending");
    expect(await readdir(path.join(dir, "pending"))).toHaveLength(2);

    await sink.start();
    const up = await flush();
    expect(up.code).toBe(0);
    expect(up.output).toContain("2 sent, 0 still pending, 0 being sent by another process, 0 failed");
    expect(sink.withReference(a.reference)).toHaveLength(1);
    expect(sink.withReference(b.reference)).toHaveLength(1);

    const again = await flush();
    expect(again.code).toBe(0);
    expect(sink.messages).toHaveLength(2);
  }, 60_000);

  it("exits 2 when a message is refused for good", async () => {
    const c = await queue("flush-key-cccccccccc33333");
    sink.mode = "550";
    const refused = await flush();
    sink.mode = "accept";
    expect(refused.code).toBe(2);
    expect(refused.output).toContain(c.reference);
    expect(await readdir(path.join(dir, "failed"))).toHaveLength(1);
  }, 60_000);
});

describe("outbox:flush with a request from the Spanish form", () => {
  it("sends the email built when it was queued: same subject, language banner, row and lang mark", async () => {
    const spanishDir = await mkdtemp(path.join(tmpdir(), "flush-cli-es-"));
    const outbox = new Outbox(spanishDir, { log: { info() {}, error() {} } });
    const receivedAt = new Date("2026-12-07T15:00:00Z");
    const fields = { ...validSubmission, callLanguage: "other", callLanguageOther: "Tagalog" };
    const data = new FormData();
    for (const [name, value] of Object.entries({ ...fields, lang: "es", website: "" })) data.append(name, value);
    // Queued by the handler as the server would, with no worker running: only the flush CLI sends it.
    const state = await handleCallbackSubmission(
      data,
      { origin: "http://localhost:3000", host: "localhost:3000", forwardedHost: null, client: "127.0.0.1" },
      {
        outbox,
        clock: () => receivedAt,
        newReference: () => "ESPFLUSH",
        mail: { from: "Website <no-reply@example.org>", to: "intake@example.org" },
        log: { info() {}, error() {} },
        deliverSoon: () => {},
        limiter: new RateLimiter({ perClient: 5 }),
        trustProxy: false,
        phoneDisplay: "(555) 555-0142",
        whenWeCall: () => "",
      },
    );
    expect(state).toMatchObject({ status: "sent", reference: "ESPFLUSH" });
    const [name] = await readdir(path.join(spanishDir, "pending"));
    const queued = JSON.parse(await readFile(path.join(spanishDir, "pending", name!), "utf8")) as OutboxEntry;

    const result = await flush(spanishDir);
    await rm(spanishDir, { recursive: true, force: true });
    expect(result.code).toBe(0);
    const [mail] = sink.withReference("ESPFLUSH");
    const expected = buildCallbackEmail(callbackSchemaFor("es").parse(fields), {
      reference: "ESPFLUSH",
      receivedAt,
      from: "Website <no-reply@example.org>",
      to: "intake@example.org",
      messageIdHost: "example.org",
      submissionId: queued.id.slice(0, 12),
    });
    expect(queued.message).toEqual(expected);
    expect(mail!.subject).toBe("Callback request ESPFLUSH (another language)");
    expect(mail!.text.trim()).toBe(expected.text.trim());
    expect(mail!.html.trim()).toBe(expected.html.trim());
    expect(mail!.text).toContain(
      "LANGUAGE: ANOTHER LANGUAGE (Tagalog). Book a qualified interpreter before calling. Sent from the Spanish pages.",
    );
    expect(mail!.text).toContain("Preferred language: Another language: Tagalog, with an interpreter");
    expect(mail!.html).toContain(`lang="es">${validSubmission.message}</p>`);
  }, 60_000);
});
