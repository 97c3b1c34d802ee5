import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSmtpTransport, type MailTransport } from "@/lib/mail/transport";
import { SmtpSink } from "@/tests/support/smtp-sink";
import { Outbox } from "./outbox";
import { OutboxWorker } from "./worker";

/**
 * The outbox under real processes: `npm run outbox:flush` run as its script
 * entry runs it, beside a worker, against a real SMTP server on loopback that
 * can hang mid-send or answer slowly. Each case is one of the failures in
 * ../shared/reviews/security-review-2026-12.md (6d, 6g, 7b).
 */

const PERSON = { name: "Avery Quill-Private", phone: "555-867-5309", email: "avery.private@example.net" };
const sink = new SmtpSink();
let smtpUrl: string;
let dir: string;
let logs: string[];
const log = { info: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };
const children = new Set<ChildProcess>();

beforeAll(async () => {
  smtpUrl = `smtp://127.0.0.1:${await sink.start()}`;
});
afterAll(() => sink.stop());
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "outbox-proc-"));
  logs = [];
  sink.clear();
  sink.mode = "accept";
  sink.delayMs = 0;
});
afterEach(async () => {
  for (const child of children) child.kill("SIGKILL");
  children.clear();
  sink.release();
  await rm(dir, { recursive: true, force: true });
});

type Run = { child: ChildProcess; done: Promise<{ code: number | null; output: string }> };

/**
 * `npm run outbox:flush` on `outboxDir`: the same script, loaded through tsx in one node process
 * (the tsx command runs a second one), so kill -9 hits the process that holds the claim.
 */
function flush(outboxDir = dir): Run {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/outbox/flush-cli.ts"], {
    env: { ...process.env, OUTBOX_DIR: outboxDir, SMTP_URL: smtpUrl, NODE_ENV: "development" },
  });
  children.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("close", (code) => {
      children.delete(child);
      resolve({ code, output });
    }),
  );
  return { child, done };
}

let counter = 0;
async function queue(outbox: Outbox): Promise<{ id: string; reference: string }> {
  const n = ++counter;
  return outbox.enqueueOnce(
    `proc-key-${process.pid}-${n}-${Date.now()}`,
    () => `PRC${String(n).padStart(5, "0")}`,
    (reference) => ({
      reference,
      from: "Website <no-reply@example.org>",
      to: "intake@example.org",
      replyTo: PERSON.email,
      subject: `Callback request ${reference}`,
      text: `Name: ${PERSON.name}\nPhone: ${PERSON.phone}\nReference: ${reference}\n`,
      html: `<p>${PERSON.name}</p>`,
      messageId: `<${reference}.${process.pid}@example.org>`,
      date: new Date().toISOString(),
    }),
  );
}

/** What an SMTP outage leaves: messages whose files were last written ten minutes ago. */
async function ageAll(state: string, outboxDir = dir) {
  const old = new Date(Date.now() - 10 * 60_000);
  for (const name of await files(state, outboxDir)) await utimes(path.join(outboxDir, state, name), old, old);
}

const files = async (state: string, outboxDir = dir) =>
  (await readdir(path.join(outboxDir, state)).catch(() => [])).sort();

function expectNoPersonalData(output: string) {
  for (const value of Object.values(PERSON)) expect(output).not.toContain(value);
}

function smtpTransport(): MailTransport {
  return createSmtpTransport({ url: smtpUrl, loopback: true, timeoutMs: 5_000 });
}

describe("outbox under real processes", () => {
  it("judges a claim by when it was made: a flush leaves a message another process is sending alone", async () => {
    const { reference } = await queue(new Outbox(dir, { log }));
    await ageAll("pending");
    sink.mode = "hang";
    const first = flush();
    await sink.waitForHeld(1, 20_000);
    // The relay holds the first flush's message; a second flush starts meanwhile.
    sink.mode = "accept";
    const second = await flush().done;
    expect(second.output).toContain("0 sent");
    expect(second.output).toContain("1 being sent by another process");
    expect(second.code).toBe(4);
    sink.release();
    const firstDone = await first.done;
    expect(firstDone.code).toBe(0);
    expect(sink.withReference(reference)).toHaveLength(1);
    expect(await files("sending")).toEqual([]);
    expect(await files("pending")).toEqual([]);
    expectNoPersonalData(firstDone.output + second.output);
  }, 40_000);

  it("reports a claim stranded by kill -9, and the running worker recovers it once it is stale", async () => {
    const { reference } = await queue(new Outbox(dir, { log }));
    sink.mode = "hang";
    const crashed = flush();
    await sink.waitForHeld(1, 20_000);
    crashed.child.kill("SIGKILL");
    await crashed.done;
    const killedAt = Date.now();
    sink.mode = "accept";
    expect(await files("sending")).toHaveLength(1);

    // A server started now: the claim is younger than its stale age, so start-up leaves it;
    // a later pass must pick it up while the server runs.
    const staleClaimMs = 10_000;
    const outbox = new Outbox(dir, { log, staleClaimMs });
    const transport = smtpTransport();
    const worker = new OutboxWorker(outbox, transport, { log });
    let report: { code: number | null; output: string };
    try {
      await worker.start();
      await worker.idle();
      expect(Date.now() - killedAt).toBeLessThan(staleClaimMs / 2);
      expect(sink.withReference(reference)).toHaveLength(0);
      // Meanwhile a flush (stale age five minutes) says what is stuck rather than "nothing waiting".
      report = await flush().done;
      await sink.waitFor((m) => m.subject.includes(reference), staleClaimMs + 5_000);
      await worker.idle();
    } finally {
      worker.stop();
      transport.close();
    }
    expect(report.output).toContain("1 being sent by another process");
    expect(report.code).toBe(4);
    expect(sink.withReference(reference)).toHaveLength(1);
    expect(await files("sending")).toEqual([]);
    expect(logs.join("\n")).toContain(reference);
    expectNoPersonalData(report.output + logs.join("\n"));
  }, 40_000);

  it("SIGTERM to a flush mid-send puts its claim back in pending/ and still ends the process", async () => {
    // The flush has no other SIGTERM listener (as `next start` with NEXT_MANUAL_SIG_HANDLE set).
    const { reference } = await queue(new Outbox(dir, { log }));
    sink.mode = "hang";
    const stopped = flush();
    await sink.waitForHeld(1, 20_000);
    stopped.child.kill("SIGTERM");
    await stopped.done;
    expect(stopped.child.signalCode).toBe("SIGTERM");
    expect(await files("sending")).toEqual([]);
    expect(await files("pending")).toHaveLength(1);
    sink.mode = "accept";
    const next = await flush().done;
    expect(next.code).toBe(0);
    expect(sink.withReference(reference)).toHaveLength(1);
  }, 30_000);

  it("two flushes and a worker over messages aged past the stale age deliver each exactly once", async () => {
    const outbox = new Outbox(dir, { log });
    const queued = [];
    for (let i = 0; i < 8; i++) queued.push(await queue(outbox));
    await ageAll("pending");
    sink.delayMs = 400;
    const transport = smtpTransport();
    const worker = new OutboxWorker(outbox, transport, { log });
    const flushes = [flush(), flush()];
    try {
      await worker.start();
      const results = await Promise.all(flushes.map((f) => f.done));
      await worker.idle();
      for (const { reference } of queued) await sink.waitFor((m) => m.subject.includes(reference), 10_000);
      // Anything sent twice would arrive within one more relay delay.
      await new Promise((r) => setTimeout(r, 1_500));
      for (const result of results) {
        expect([0, 4]).toContain(result.code);
        expectNoPersonalData(result.output);
      }
    } finally {
      worker.stop();
      transport.close();
    }
    for (const { reference } of queued) expect(sink.withReference(reference), reference).toHaveLength(1);
    expect(sink.messages).toHaveLength(queued.length);
    expect(await files("pending")).toEqual([]);
    expect(await files("sending")).toEqual([]);
    expectNoPersonalData(logs.join("\n"));
  }, 40_000);

  describe("on a full disk (a 64 kB tmpfs)", () => {
    let mountPoint: string;
    let mounted = false;
    beforeEach(async () => {
      mountPoint = await mkdtemp(path.join(tmpdir(), "outbox-full-"));
      mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", mountPoint]).status === 0;
    });
    afterEach(async () => {
      if (mounted) spawnSync("umount", [mountPoint]);
      await rm(mountPoint, { recursive: true, force: true });
    });

    /** Fills what is left of the tmpfs; returns the filler file so space can be freed again. */
    async function fill(): Promise<string> {
      const filler = path.join(mountPoint, "filler");
      await writeFile(filler, Buffer.alloc(128 * 1024)).catch((error: unknown) => {
        if (!(error instanceof Error && "code" in error && error.code === "ENOSPC")) throw error;
      });
      return filler;
    }

    async function tempFiles(): Promise<string[]> {
      const found: string[] = [];
      for (const state of ["pending", "sending", "sent", "failed"])
        for (const name of await files(state, mountPoint)) if (name.endsWith(".tmp")) found.push(`${state}/${name}`);
      return found;
    }

    it("refuses new requests cleanly, delivers what was queued once, leaves no temp file and says so", async (context) => {
      // Mounting needs root (CAP_SYS_ADMIN); without it this case cannot be set up here.
      if (!mounted) context.skip();
      const outbox = new Outbox(mountPoint, { log });
      const { reference } = await queue(outbox);
      const filler = await fill();

      await expect(queue(outbox)).rejects.toMatchObject({ code: "ENOSPC" });
      expect(await tempFiles()).toEqual([]);

      // Sent, and then the receipt cannot be written at first.
      const full = await flush(mountPoint).done;
      expect(sink.withReference(reference)).toHaveLength(1);
      expect(await files("sending", mountPoint)).toEqual([]);
      expect(await tempFiles()).toEqual([]);
      expect(full.output).toContain(reference);
      expect(full.output).toMatch(/receipt.*ENOSPC/);
      expect(full.code).toBe(0);

      // Space back, time passes: nothing comes back to send a second time.
      await rm(filler);
      await ageAll("sending", mountPoint);
      const later = await flush(mountPoint).done;
      expect(later.output).toContain("0 sent");
      expect(later.code).toBe(0);
      expect(sink.withReference(reference)).toHaveLength(1);
      expectNoPersonalData(full.output + later.output + logs.join("\n"));
    }, 30_000);
  });
});
