import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { MailMessage } from "@/lib/mail/message";
import type { DeliveryReceipt, MailTransport } from "@/lib/mail/transport";
import { createFileExclusive, isErrno, writeFileAtomic } from "@/lib/atomic-file";
import { classifyFailure, describeFailure } from "./classify";

/**
 * A durable outbox in plain files, one JSON file per message:
 *
 *   pending/<id>.json   waiting for its first or next try
 *   sending/<id>.json   claimed by one process (a rename is atomic, so only one wins)
 *   sent/<id>.json      receipt only: reference and time, no personal details
 *   failed/<id>.json    refused for good (5xx, auth); a person must act on it
 *
 * <id> is a hash of the form's idempotency key, so a replayed or double-clicked
 * submission finds its own file and is not queued twice.
 */

const messageSchema = z.strictObject({
  reference: z.string(),
  from: z.string(),
  to: z.string(),
  replyTo: z.string().optional(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  messageId: z.string(),
  date: z.string(),
});

const entrySchema = z.strictObject({
  version: z.literal(1),
  id: z.string(),
  reference: z.string(),
  createdAt: z.string(),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.string(),
  lastError: z.string().optional(),
  message: messageSchema,
});

/** What stays on disk after delivery: enough to recognise a replay, nothing about the person. */
type Receipt = {
  version: 1;
  id: string;
  reference: string;
  sentAt: string;
  via: DeliveryReceipt["via"];
};

export type OutboxEntry = z.infer<typeof entrySchema>;
export type OutboxState = "pending" | "sending" | "sent" | "failed";
const STATES: OutboxState[] = ["pending", "sending", "sent", "failed"];

export type DeliveryOutcome =
  | { status: "sent"; reference: string; receipt: DeliveryReceipt }
  | { status: "retry"; reference: string; attempts: number; nextAttemptAt: Date; error: string }
  | { status: "failed"; reference: string; error: string }
  /** Another process or an earlier call already took it. */
  | { status: "gone" };

export type OutboxLog = {
  info(message: string): void;
  error(message: string): void;
};

export type OutboxOptions = {
  now?: () => Date;
  /** First retry delay; it doubles each time up to maxRetryMs. */
  retryBaseMs?: number;
  maxRetryMs?: number;
  /** A claim older than this is taken to be left over from a crash and is put back in pending/. */
  staleClaimMs?: number;
  log?: OutboxLog;
};

export class Outbox {
  readonly dir: string;
  private readonly now: () => Date;
  private readonly retryBaseMs: number;
  private readonly maxRetryMs: number;
  private readonly staleClaimMs: number;
  private readonly log: OutboxLog;
  /** The enqueue under way for each id, so a replay waits for its twin instead of racing it. */
  private readonly enqueuing = new Map<string, Promise<unknown>>();

  constructor(dir: string, options: OutboxOptions = {}) {
    this.dir = dir;
    this.now = options.now ?? (() => new Date());
    this.retryBaseMs = options.retryBaseMs ?? 30_000;
    this.maxRetryMs = options.maxRetryMs ?? 60 * 60_000;
    this.staleClaimMs = options.staleClaimMs ?? 5 * 60_000;
    this.log = options.log ?? console;
  }

  /** The file name for an idempotency key: a hash, so the key itself never lands on disk. */
  static idFor(idempotencyKey: string): string {
    return createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32);
  }

  private file(state: OutboxState, id: string): string {
    return path.join(this.dir, state, `${id}.json`);
  }

  /**
   * Runs one change at a time per id in this process; across processes (and
   * against the worker) the exclusive create and atomic renames decide.
   * Different submissions never wait for each other's disk writes.
   */
  private serialPerId<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.enqueuing.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.enqueuing.set(id, settled);
    void settled.then(() => {
      if (this.enqueuing.get(id) === settled) this.enqueuing.delete(id);
    });
    return run;
  }

  /** Where a message with this id is, and its reference, if it exists at all. */
  async find(id: string): Promise<{ state: OutboxState; reference: string } | undefined> {
    for (const state of STATES) {
      const file = this.file(state, id);
      // Every new submission misses in all four folders. A sync existence check costs a few
      // microseconds; four failed async reads cost about half a millisecond of a request.
      if (!existsSync(file)) continue;
      const raw = await readFile(file, "utf8").catch((error: unknown) => {
        if (isErrno(error, "ENOENT")) return undefined;
        throw error;
      });
      if (raw === undefined) continue;
      const parsed = z.object({ reference: z.string() }).safeParse(JSON.parse(raw));
      if (parsed.success) return { state, reference: parsed.data.reference };
    }
    return undefined;
  }

  /**
   * Puts a message in pending/ unless one with the same key exists anywhere in
   * the outbox. `build` is called only for a new key, with the reference to use.
   * Resolves once the file is fsynced: from then on the request may be acknowledged.
   */
  enqueueOnce(
    idempotencyKey: string,
    newReference: () => string,
    build: (reference: string, id: string) => MailMessage,
  ): Promise<{ id: string; reference: string; duplicate: boolean }> {
    const id = Outbox.idFor(idempotencyKey);
    return this.serialPerId(id, async () => {
      const existing = await this.find(id);
      if (existing) return { id, reference: existing.reference, duplicate: true };
      const reference = newReference();
      const now = this.now().toISOString();
      const entry: OutboxEntry = {
        version: 1,
        id,
        reference,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        message: build(reference, id),
      };
      const created = await createFileExclusive(this.file("pending", id), JSON.stringify(entry));
      if (!created) {
        const raced = await this.find(id);
        return { id, reference: raced?.reference ?? reference, duplicate: true };
      }
      return { id, reference, duplicate: false };
    });
  }

  /** Messages in pending/, oldest first. */
  async listPending(): Promise<OutboxEntry[]> {
    const entries: OutboxEntry[] = [];
    for (const name of await this.names("pending")) {
      const id = name.slice(0, -".json".length);
      const entry = await this.read("pending", id);
      if (!entry) await this.moveAsideUnreadable("pending", id);
      else entries.push(entry);
    }
    return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** From one read of pending/: the messages whose next try has come, oldest first, and when the earliest other one is due. */
  async duePending(): Promise<{ due: OutboxEntry[]; nextDueAt: Date | undefined }> {
    const now = this.now().getTime();
    const due: OutboxEntry[] = [];
    let next: number | undefined;
    for (const entry of await this.listPending()) {
      const at = Date.parse(entry.nextAttemptAt);
      if (at <= now) due.push(entry);
      else next = Math.min(next ?? at, at);
    }
    return { due, nextDueAt: next === undefined ? undefined : new Date(next) };
  }

  async count(state: OutboxState): Promise<number> {
    return (await this.names(state)).length;
  }

  /** Tries one pending message once. Transient failures go back to pending/ with a later time; permanent ones to failed/. */
  async deliver(id: string, transport: MailTransport): Promise<DeliveryOutcome> {
    const claimed = await this.claim(id);
    if (!claimed) return { status: "gone" };
    const { reference } = claimed;
    try {
      const receipt = await transport.send(claimed.message);
      await this.writeReceipt(claimed, receipt);
      await unlink(this.file("sending", id));
      this.log.info(
        receipt.via === "mailbox"
          ? `outbox: callback request ${reference} written to ${receipt.file}`
          : `outbox: callback request ${reference} handed to SMTP (${receipt.response.slice(0, 80)})`,
      );
      return { status: "sent", reference, receipt };
    } catch (error) {
      const description = describeFailure(error);
      const attempts = claimed.attempts + 1;
      if (classifyFailure(error) === "permanent") {
        await writeFileAtomic(
          this.file("failed", id),
          JSON.stringify({ ...claimed, attempts, lastError: description }),
        );
        await unlink(this.file("sending", id));
        this.log.error(
          `OUTBOX PERMANENT FAILURE: callback request ${reference} was refused (${description}). ` +
            `It is kept in ${this.file("failed", id)}; someone must pass it to intake by hand.`,
        );
        return { status: "failed", reference, error: description };
      }
      const nextAttemptAt = new Date(this.now().getTime() + this.backoff(attempts));
      await writeFileAtomic(
        this.file("pending", id),
        JSON.stringify({ ...claimed, attempts, lastError: description, nextAttemptAt: nextAttemptAt.toISOString() }),
      );
      await unlink(this.file("sending", id));
      this.log.error(
        `outbox: callback request ${reference} not delivered yet (try ${attempts}: ${description}); next try ${nextAttemptAt.toISOString()}`,
      );
      return { status: "retry", reference, attempts, nextAttemptAt, error: description };
    }
  }

  /** Claims left in sending/ by a process that died go back to pending/. */
  async recoverStaleClaims(): Promise<number> {
    let recovered = 0;
    for (const name of await this.names("sending")) {
      const from = path.join(this.dir, "sending", name);
      const info = await stat(from).catch(() => undefined);
      if (!info || this.now().getTime() - info.mtimeMs < this.staleClaimMs) continue;
      await rename(from, path.join(this.dir, "pending", name)).then(
        () => recovered++,
        () => undefined,
      );
    }
    return recovered;
  }

  /** Drops receipts older than `maxAgeMs`; they only exist to catch replays. */
  async pruneReceipts(maxAgeMs: number): Promise<void> {
    const cutoff = this.now().getTime() - maxAgeMs;
    for (const name of await this.names("sent")) {
      const file = path.join(this.dir, "sent", name);
      const info = await stat(file).catch(() => undefined);
      if (info && info.mtimeMs < cutoff) await unlink(file).catch(() => undefined);
    }
  }

  backoff(attempts: number): number {
    const exponential = this.retryBaseMs * 2 ** Math.max(0, attempts - 1);
    // Up to 20% jitter so many queued messages do not all hit a recovering server at once.
    return Math.min(this.maxRetryMs, exponential) * (1 + Math.random() * 0.2);
  }

  private async claim(id: string): Promise<OutboxEntry | undefined> {
    await mkdir(path.join(this.dir, "sending"), { recursive: true, mode: 0o700 });
    try {
      await rename(this.file("pending", id), this.file("sending", id));
    } catch (error) {
      if (isErrno(error, "ENOENT")) return undefined;
      throw error;
    }
    const entry = await this.read("sending", id);
    if (!entry) await this.moveAsideUnreadable("sending", id);
    return entry;
  }

  /** An unreadable file is kept where a person will look rather than retried forever. */
  private async moveAsideUnreadable(state: OutboxState, id: string): Promise<void> {
    await mkdir(path.join(this.dir, "failed"), { recursive: true, mode: 0o700 });
    await rename(this.file(state, id), this.file("failed", id)).catch(() => undefined);
    this.log.error(`OUTBOX: ${this.file("failed", id)} could not be read and was moved aside for a person to check`);
  }

  private async writeReceipt(entry: OutboxEntry, receipt: DeliveryReceipt): Promise<void> {
    const record: Receipt = {
      version: 1,
      id: entry.id,
      reference: entry.reference,
      sentAt: this.now().toISOString(),
      via: receipt.via,
    };
    await writeFileAtomic(this.file("sent", entry.id), JSON.stringify(record));
  }

  private async read(state: OutboxState, id: string): Promise<OutboxEntry | undefined> {
    try {
      const parsed = entrySchema.safeParse(JSON.parse(await readFile(this.file(state, id), "utf8")));
      return parsed.success ? parsed.data : undefined;
    } catch (error) {
      if (isErrno(error, "ENOENT") || error instanceof SyntaxError) return undefined;
      throw error;
    }
  }

  private async names(state: OutboxState): Promise<string[]> {
    try {
      return (await readdir(path.join(this.dir, state))).filter((n) => n.endsWith(".json") && !n.startsWith("."));
    } catch (error) {
      if (isErrno(error, "ENOENT")) return [];
      throw error;
    }
  }
}
