import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SmtpSink } from "@/tests/support/smtp-sink";
import { Outbox } from "./outbox";

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
function flush(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", "lib/outbox/flush-cli.ts"],
      {
        env: { ...process.env, OUTBOX_DIR: dir, SMTP_URL: smtpUrl, NODE_ENV: "development" },
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
