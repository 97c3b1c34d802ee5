import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MailMessage } from "@/lib/mail/message";
import { createSmtpTransport, type MailTransport } from "@/lib/mail/transport";
import { SmtpSink } from "@/tests/support/smtp-sink";
import { classifyFailure, describeFailure } from "./classify";
import { Outbox } from "./outbox";
import { flushOutbox, OutboxWorker } from "./worker";

const sink = new SmtpSink();
let transport: MailTransport;
let dir: string;
let logs: string[];
const log = { info: (m: string) => logs.push(`info ${m}`), error: (m: string) => logs.push(`error ${m}`) };

beforeAll(async () => {
  const port = await sink.start();
  transport = createSmtpTransport({ url: `smtp://127.0.0.1:${port}`, loopback: true, timeoutMs: 3_000 });
});
afterAll(async () => {
  transport.close();
  await sink.stop();
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "outbox-"));
  logs = [];
  sink.clear();
  sink.mode = "accept";
  if (!sink.listening) await sink.start();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function message(reference: string): MailMessage {
  return {
    reference,
    from: "Website <no-reply@example.org>",
    to: "intake@example.org",
    subject: `Callback request ${reference}`,
    text: `Name: Private Person\nReference: ${reference}\n`,
    html: `<p>${reference}</p>`,
    messageId: `<callback-${reference}@example.org>`,
    date: new Date("2026-11-20T12:00:00Z").toISOString(),
  };
}

let counter = 0;
function enqueue(outbox: Outbox, key: string) {
  return outbox.enqueueOnce(
    key,
    () => `REF${String(++counter).padStart(5, "0")}`,
    (ref) => message(ref),
  );
}

const files = async (state: string) => (await readdir(path.join(dir, state)).catch(() => [])).sort();

describe("Outbox", () => {
  it("writes each message atomically, readable only by its owner", async () => {
    const outbox = new Outbox(dir, { log });
    const { id, reference, duplicate } = await enqueue(outbox, "key-aaaaaaaaaaaaaaaa");
    expect(duplicate).toBe(false);
    expect(await files("pending")).toEqual([`${id}.json`]);
    const info = await stat(path.join(dir, "pending", `${id}.json`));
    expect(info.mode & 0o777).toBe(0o600);
    const saved = JSON.parse(await readFile(path.join(dir, "pending", `${id}.json`), "utf8"));
    expect(saved.reference).toBe(reference);
    expect(saved.message.subject).toBe(`Callback request ${reference}`);
    // The raw idempotency key never reaches the disk, only its hash.
    expect(id).not.toContain("key-");
  });

  it("queues a replayed or double-clicked submission once", async () => {
    const outbox = new Outbox(dir, { log });
    const results = await Promise.all(Array.from({ length: 5 }, () => enqueue(outbox, "same-key-bbbbbbbbbbbb")));
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await files("pending")).toHaveLength(1);
  });

  it("delivers to a real SMTP server and keeps only a receipt", async () => {
    const outbox = new Outbox(dir, { log });
    const { id, reference } = await enqueue(outbox, "key-cccccccccccccccc");
    const outcome = await outbox.deliver(id, transport);
    expect(outcome.status).toBe("sent");
    expect(sink.withReference(reference)).toHaveLength(1);
    expect(await files("pending")).toEqual([]);
    expect(await files("sending")).toEqual([]);
    const receipt = await readFile(path.join(dir, "sent", `${id}.json`), "utf8");
    expect(receipt).toContain(reference);
    expect(receipt).not.toContain("Private Person");
  });

  it("sends a replay after delivery no second time", async () => {
    const outbox = new Outbox(dir, { log });
    const first = await enqueue(outbox, "key-dddddddddddddddd");
    await outbox.deliver(first.id, transport);
    const again = await enqueue(outbox, "key-dddddddddddddddd");
    expect(again).toEqual({ ...first, duplicate: true });
    expect((await flushOutbox(outbox, transport)).sent).toBe(0);
    expect(sink.withReference(first.reference)).toHaveLength(1);
  });

  it.each(["421", "451"] as const)("keeps the message and retries later when the server answers %s", async (mode) => {
    let now = new Date("2026-11-20T12:00:00Z");
    const outbox = new Outbox(dir, { log, now: () => now, retryBaseMs: 60_000 });
    const { id, reference } = await enqueue(outbox, `key-transient-${mode}-xxxx`);
    sink.mode = mode;
    const outcome = await outbox.deliver(id, transport);
    expect(outcome.status).toBe("retry");
    expect(sink.attempts).toBeGreaterThan(0);
    const saved = JSON.parse(await readFile(path.join(dir, "pending", `${id}.json`), "utf8"));
    expect(saved.attempts).toBe(1);
    expect(saved.lastError).toContain(mode);
    expect(Date.parse(saved.nextAttemptAt) - now.getTime()).toBeGreaterThanOrEqual(60_000);
    expect((await outbox.duePending()).due).toEqual([]);
    now = new Date(now.getTime() + 2 * 60_000);
    expect((await outbox.duePending()).due).toHaveLength(1);

    sink.mode = "accept";
    expect(await flushOutbox(outbox, transport)).toMatchObject({ sent: 1, pending: 0, failed: 0 });
    expect(sink.withReference(reference)).toHaveLength(1);
  });

  it("moves a message refused with 550 aside and says so loudly with its reference", async () => {
    const outbox = new Outbox(dir, { log });
    const { id, reference } = await enqueue(outbox, "key-eeeeeeeeeeeeeeee");
    sink.mode = "550";
    const outcome = await outbox.deliver(id, transport);
    expect(outcome.status).toBe("failed");
    expect(await files("failed")).toEqual([`${id}.json`]);
    expect(await files("pending")).toEqual([]);
    expect(logs.find((l) => l.startsWith("error OUTBOX PERMANENT FAILURE"))).toContain(reference);
    sink.mode = "accept";
    expect(await flushOutbox(outbox, transport)).toMatchObject({ sent: 0, pending: 0, failed: 1 });
    expect(sink.messages).toHaveLength(0);
  });

  it("retries with backoff while SMTP is down and sends once when it is back", async () => {
    const outbox = new Outbox(dir, { log, retryBaseMs: 200 });
    const worker = new OutboxWorker(outbox, transport, { log });
    await sink.stop();
    const { reference } = await enqueue(outbox, "key-ffffffffffffffff");
    worker.kick();
    await worker.idle();
    const [queued] = await outbox.listPending();
    expect(queued?.attempts).toBe(1);
    await sink.start();
    const mail = await sink.waitFor((m) => m.subject.includes(reference), 10_000);
    expect(mail.text).toContain(reference);
    await worker.idle();
    worker.stop();
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.withReference(reference)).toHaveLength(1);
    expect(await files("pending")).toEqual([]);
  });

  it("waits for a burst of requests to settle before mailing, but never longer than maxSettleMs", async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const outbox = new Outbox(dir, { log });
    const worker = new OutboxWorker(outbox, transport, { log, settleMs: 600, maxSettleMs: 1_200 });
    const started = Date.now();
    const references: string[] = [];
    // One new request every 100 ms for 2 s: the queue never settles for 600 ms.
    while (Date.now() - started < 2_000) {
      references.push((await enqueue(outbox, `key-burst-${references.length}-0000000000`)).reference);
      worker.kick();
      if (Date.now() - started < 1_000) expect(sink.messages).toHaveLength(0);
      await sleep(100);
    }
    // maxSettleMs let a pass through mid-burst.
    expect(sink.messages.length).toBeGreaterThan(0);
    await worker.idle();
    worker.stop();
    expect(sink.messages.map((m) => m.subject).sort()).toEqual(references.map((r) => `Callback request ${r}`).sort());
    expect(await files("pending")).toEqual([]);
  });

  it("gives up on a server that never greets within the short timeout and keeps the message", async () => {
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as AddressInfo).port;
    const slow = createSmtpTransport({ url: `smtp://127.0.0.1:${port}`, loopback: true, timeoutMs: 300 });
    const outbox = new Outbox(dir, { log });
    const { id } = await enqueue(outbox, "key-gggggggggggggggg");
    const started = Date.now();
    const outcome = await outbox.deliver(id, slow);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outcome.status).toBe("retry");
    expect(outcome.status === "retry" && outcome.error).toContain("ETIMEDOUT");
    slow.close();
    silent.close();
  });

  it("puts a claim left by a crashed process back in the queue", async () => {
    const outbox = new Outbox(dir, { log, staleClaimMs: 1_000 });
    const { id, reference } = await enqueue(outbox, "key-hhhhhhhhhhhhhhhh");
    // Simulate a crash mid-send: the file sits in sending/ with an old timestamp.
    const { rename, mkdir } = await import("node:fs/promises");
    await mkdir(path.join(dir, "sending"));
    await rename(path.join(dir, "pending", `${id}.json`), path.join(dir, "sending", `${id}.json`));
    const old = new Date(Date.now() - 60_000);
    await utimes(path.join(dir, "sending", `${id}.json`), old, old);
    expect(await flushOutbox(outbox, transport)).toMatchObject({ sent: 1, pending: 0, failed: 0 });
    expect(sink.withReference(reference)).toHaveLength(1);
  });

  it("never queues a message again once the SMTP server accepted it, even if its claim is already gone", async () => {
    const outbox = new Outbox(dir, { log });
    const { id, reference } = await enqueue(outbox, "key-accepted-claim-gone-1");
    // As if another process had taken the claim away while the relay was accepting the message.
    const racing: MailTransport = {
      async send(message) {
        const receipt = await transport.send(message);
        for (const name of await files("sending")) await rm(path.join(dir, "sending", name));
        return receipt;
      },
      close() {},
    };
    const outcome = await outbox.deliver(id, racing);
    expect(outcome.status).toBe("sent");
    expect(await files("pending")).toEqual([]);
    expect(await files("sent")).toEqual([`${id}.json`]);
    expect(await flushOutbox(outbox, transport)).toMatchObject({ sent: 0, pending: 0 });
    expect(sink.withReference(reference)).toHaveLength(1);
  });

  it("puts a claim back in pending/ on shutdown, and takes it out again if the relay accepts it after all", async () => {
    const outbox = new Outbox(dir, { log });
    const { id, reference } = await enqueue(outbox, "key-release-on-shutdown-1");
    sink.mode = "hang";
    const delivering = outbox.deliver(id, transport);
    await sink.waitForHeld(1);
    expect(outbox.releaseClaimsSync()).toBe(1);
    expect(await files("pending")).toEqual([`${id}.json`]);
    expect(await files("sending")).toEqual([]);
    // Nothing new is claimed once shutting down.
    expect(await outbox.deliver(id, transport)).toEqual({ status: "gone" });
    sink.release();
    expect((await delivering).status).toBe("sent");
    expect(await files("pending")).toEqual([]);
    expect(sink.withReference(reference)).toHaveLength(1);
  });

  it("moves an unreadable file aside instead of retrying it forever", async () => {
    const outbox = new Outbox(dir, { log });
    const { mkdir } = await import("node:fs/promises");
    await mkdir(path.join(dir, "pending"), { recursive: true });
    await writeFile(path.join(dir, "pending", "broken.json"), "{not json");
    expect(await flushOutbox(outbox, transport)).toMatchObject({ sent: 0, pending: 0, failed: 1 });
    expect(await files("failed")).toEqual(["broken.json"]);
    expect(logs.some((l) => l.startsWith("error OUTBOX") && l.includes("broken.json"))).toBe(true);
  });
});

describe("classifyFailure", () => {
  it.each([
    [{ code: "ECONNECTION" }, "transient"],
    [{ code: "ETIMEDOUT" }, "transient"],
    [{ code: "ESOCKET", originalCode: "ECONNREFUSED" }, "transient"],
    [{ code: "EDNS" }, "transient"],
    [{ code: "EPROTOCOL", responseCode: 421 }, "transient"],
    [{ code: "EENVELOPE", responseCode: 451 }, "transient"],
    [{ code: "EMESSAGE", responseCode: 452 }, "transient"],
    [{ code: "EPROTOCOL", responseCode: 503 }, "transient"],
    [{ code: "EMESSAGE", responseCode: 550 }, "permanent"],
    [{ code: "EENVELOPE", responseCode: 553 }, "permanent"],
    [{ code: "EAUTH", responseCode: 535 }, "permanent"],
    [{ code: "EAUTH" }, "permanent"],
    [{ code: "ENOSPC" }, "transient"],
  ])("%j is %s", (error, kind) => {
    expect(classifyFailure(Object.assign(new Error("x"), error))).toBe(kind);
  });
});

describe("describeFailure", () => {
  it("keeps the codes and the reply, without any address the relay quotes back", () => {
    const error = Object.assign(new Error("Can't send mail"), {
      code: "EENVELOPE",
      responseCode: 550,
      response: "550 5.1.1 <private.person@example.org>: Recipient address rejected (from intake@example.org)",
    });
    const described = describeFailure(error);
    expect(described).toBe("EENVELOPE 550 550 5.1.1 <<address>>: Recipient address rejected (from <address>)");
    expect(described).not.toMatch(/private\.person|@/);
  });

  it("falls back to the error message and stays short", () => {
    expect(describeFailure(new Error("connect ECONNREFUSED 127.0.0.1:25"))).toBe("connect ECONNREFUSED 127.0.0.1:25");
    expect(describeFailure(Object.assign(new Error("x"), { response: "4".repeat(1000) }))).toHaveLength(300);
  });
});
