import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, renameSync } from "node:fs";
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
 *   pending/<id>.json                               waiting for its first or next try
 *   sending/<id>.<claimedAtMs>.<pid>.<nonce>.json   claimed by one process (a rename is atomic, so only one wins)
 *   sent/<id>.json                                  receipt only: reference and time, no personal details
 *   failed/<id>.json                                refused for good (5xx, auth); a person must act on it
 *
 * <id> is a hash of the form's idempotency key, so a replayed or double-clicked
 * submission finds its own file and is not queued twice.
 *
 * A claim's name carries the time it was made. A rename keeps the file's old
 * mtime, so judging a claim by mtime made a message that had waited out an
 * SMTP outage look abandoned the moment it was claimed, and a second process
 * sent it again. The name is also unique per claim, so recovering an old claim
 * can never move a newer claim of the same message by mistake.
 *
 * Once the SMTP server has accepted a message it is never queued again: its
 * claim is removed whatever else fails, and a message with a receipt in sent/
 * is dropped rather than sent if it is ever found in the queue.
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
  /** Another process or an earlier call already took it, or this process is shutting down. */
  | { status: "gone" };

/** Claims that are older than the stale age are taken to be left by a process that died. */
export type ClaimCheck = { recovered: number; inProgress: number; nextStaleAt: Date | undefined };

/** A claim this process holds. `released`: a shutdown put it back in pending/. `accepted`: the SMTP server took it. */
type Claim = { id: string; name: string; released: boolean; accepted: boolean };

const CLAIM_NAME = /^(.+)\.(\d+)\.(\d+)\.([0-9a-f]+)\.json$/;

export type OutboxLog = {
  info(message: string): void;
  error(message: string): void;
};

export type OutboxOptions = {
  now?: () => Date;
  /** First retry delay; it doubles each time up to maxRetryMs. */
  retryBaseMs?: number;
  maxRetryMs?: number;
  /**
   * A claim made longer ago than this is taken to be left over from a crash and is put back
   * in pending/. It must be longer than any send can take (SMTP waits are about 10 s each).
   */
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
  /** Claims this process holds, by file name in sending/: never recovered as stale, released on shutdown. */
  private readonly claims = new Map<string, Claim>();
  /** Set by releaseClaimsSync: the process is stopping, so nothing new is claimed. */
  private closing = false;

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

  private claimPath(name: string): string {
    return path.join(this.dir, "sending", name);
  }

  /** The claim file of this id in sending/, if any: one listing of a folder that is nearly always empty. */
  private claimOf(id: string): string | undefined {
    let names: string[];
    try {
      names = readdirSync(path.join(this.dir, "sending"));
    } catch (error) {
      if (isErrno(error, "ENOENT")) return undefined;
      throw error;
    }
    const name = names.find((n) => n.startsWith(`${id}.`) && n.endsWith(".json"));
    return name && this.claimPath(name);
  }

  /** Where a message with this id is, and its reference, if it exists at all. */
  async find(id: string): Promise<{ state: OutboxState; reference: string } | undefined> {
    for (const state of STATES) {
      const file = state === "sending" ? this.claimOf(id) : this.file(state, id);
      // Every new submission misses in all four folders. A sync existence check costs a few
      // microseconds; four failed async reads cost about half a millisecond of a request.
      if (!file || !existsSync(file)) continue;
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
      if (!entry) await this.moveAsideUnreadable(this.file("pending", id), id);
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
    const { entry, claim } = claimed;
    try {
      let receipt: DeliveryReceipt;
      try {
        receipt = await transport.send(entry.message);
      } catch (error) {
        return await this.afterFailure(entry, claim, error);
      }
      claim.accepted = true;
      await this.afterSuccess(entry, claim, receipt);
      return { status: "sent", reference: entry.reference, receipt };
    } finally {
      this.claims.delete(claim.name);
    }
  }

  /**
   * The SMTP server (or the mailbox) has the message: from here nothing may put it back in the
   * queue. A receipt that cannot be written (a full disk) is tried again once the claim's own
   * space is freed; if it still fails, only a replay of the same form could be sent again.
   */
  private async afterSuccess(entry: OutboxEntry, claim: Claim, receipt: DeliveryReceipt): Promise<void> {
    const { reference } = entry;
    const receiptError = await this.writeReceipt(entry, receipt).then(
      () => undefined,
      (error: unknown) => error,
    );
    await this.removeClaim(claim, reference);
    if (claim.released) {
      // A shutdown put it back in pending/ while the server was accepting it: take it out again.
      // If another process took it meanwhile, the receipt stops it unless it is already sending.
      await unlink(this.file("pending", entry.id)).catch((error: unknown) =>
        this.log.error(
          `OUTBOX: callback request ${reference} was delivered while shutting down but its queued copy could not be removed ` +
            `(${describeFailure(error)}); intake may get it twice (same reference)`,
        ),
      );
    }
    if (receiptError !== undefined) {
      const again = await this.writeReceipt(entry, receipt).then(
        () => undefined,
        (error: unknown) => error,
      );
      this.log.error(
        again === undefined
          ? `outbox: callback request ${reference} delivered; its receipt was written on the second try (${describeFailure(receiptError)})`
          : `OUTBOX: callback request ${reference} delivered, but no receipt could be written (${describeFailure(again)}). ` +
              `It will not be sent again, but the same form posted again would be.`,
      );
    }
    this.log.info(
      receipt.via === "mailbox"
        ? `outbox: callback request ${reference} written to ${receipt.file}`
        : `outbox: callback request ${reference} handed to SMTP (${receipt.response.slice(0, 80)})`,
    );
  }

  /** Removes this process's claim after delivery. Gone already (ENOENT) means done: nothing to undo. */
  private async removeClaim(claim: Claim, reference: string): Promise<void> {
    await unlink(this.claimPath(claim.name)).catch((error: unknown) => {
      if (isErrno(error, "ENOENT")) return;
      // Left in sending/, it will be found stale later and dropped, because its receipt exists.
      this.log.error(
        `OUTBOX: callback request ${reference} delivered, but its claim could not be removed (${describeFailure(error)})`,
      );
    });
  }

  private async afterFailure(entry: OutboxEntry, claim: Claim, error: unknown): Promise<DeliveryOutcome> {
    const { reference, id } = entry;
    const description = describeFailure(error);
    // A shutdown already put it back in pending/ unchanged; the next process tries it.
    if (claim.released) return { status: "gone" };
    const attempts = entry.attempts + 1;
    if (classifyFailure(error) === "permanent") {
      await this.moveClaim(claim, "failed", { ...entry, attempts, lastError: description });
      this.log.error(
        `OUTBOX PERMANENT FAILURE: callback request ${reference} was refused (${description}). ` +
          `It is kept in ${this.file("failed", id)}; someone must pass it to intake by hand.`,
      );
      return { status: "failed", reference, error: description };
    }
    const nextAttemptAt = new Date(this.now().getTime() + this.backoff(attempts));
    await this.moveClaim(claim, "pending", {
      ...entry,
      attempts,
      lastError: description,
      nextAttemptAt: nextAttemptAt.toISOString(),
    });
    this.log.error(
      `outbox: callback request ${reference} not delivered yet (try ${attempts}: ${description}); next try ${nextAttemptAt.toISOString()}`,
    );
    return { status: "retry", reference, attempts, nextAttemptAt, error: description };
  }

  /**
   * Writes the updated entry to `state`, then drops the claim. If the write fails (a full disk),
   * the claim itself is renamed there instead, unchanged: a rename needs no new space.
   */
  private async moveClaim(claim: Claim, state: "pending" | "failed", updated: OutboxEntry): Promise<void> {
    try {
      await writeFileAtomic(this.file(state, claim.id), JSON.stringify(updated));
    } catch (error) {
      this.log.error(
        `outbox: could not update callback request ${updated.reference} (${describeFailure(error)}); moved as it was`,
      );
      await rename(this.claimPath(claim.name), this.file(state, claim.id));
      return;
    }
    await unlink(this.claimPath(claim.name)).catch((error: unknown) => {
      if (!isErrno(error, "ENOENT")) throw error;
    });
  }

  /**
   * Claims left in sending/ by a process that died go back to pending/, judged by the time
   * in the claim's name. This process's own claims are never touched. Runs in every worker pass.
   */
  async recoverStaleClaims(): Promise<ClaimCheck> {
    const now = this.now().getTime();
    const check: ClaimCheck = { recovered: 0, inProgress: 0, nextStaleAt: undefined };
    for (const name of await this.names("sending")) {
      if (this.claims.has(name)) continue;
      const parsed = CLAIM_NAME.exec(name);
      // A claim from before claim times were in the name: its mtime is all there is.
      const claimedAt = parsed
        ? Number(parsed[2])
        : await stat(this.claimPath(name)).then(
            (info) => info.mtimeMs,
            () => undefined,
          );
      if (claimedAt === undefined) continue;
      const staleAt = claimedAt + this.staleClaimMs;
      if (now < staleAt) {
        check.inProgress++;
        check.nextStaleAt = new Date(Math.min(check.nextStaleAt?.getTime() ?? staleAt, staleAt));
        continue;
      }
      const id = parsed?.[1] ?? name.slice(0, -".json".length);
      if (await this.recoverClaim(name, id, now - claimedAt)) check.recovered++;
    }
    return check;
  }

  private async recoverClaim(name: string, id: string, ageMs: number): Promise<boolean> {
    const entry = await this.readFile(this.claimPath(name));
    const reference = entry?.reference ?? id;
    const minutes = Math.round(ageMs / 60_000);
    if (existsSync(this.file("sent", id))) {
      await unlink(this.claimPath(name)).catch(() => undefined);
      this.log.info(`outbox: callback request ${reference} was delivered before its process stopped; claim removed`);
      return false;
    }
    try {
      await rename(this.claimPath(name), this.file("pending", id));
    } catch (error) {
      if (isErrno(error, "ENOENT")) return false; // another process recovered it first
      throw error;
    }
    this.log.error(
      `outbox: callback request ${reference} was left mid-send ${minutes} min ago by a process that stopped; queued again ` +
        `(if that process's send had reached the SMTP server, intake gets it twice, same reference)`,
    );
    return true;
  }

  /**
   * On SIGTERM or exit: puts every claim this process holds back in pending/, synchronously,
   * so it is done before the process ends, and claims nothing more. A claim whose message the
   * SMTP server already accepted is left to finish: it must not be queued again.
   */
  releaseClaimsSync(): number {
    this.closing = true;
    let released = 0;
    for (const claim of this.claims.values()) {
      if (claim.accepted) continue;
      try {
        renameSync(this.claimPath(claim.name), this.file("pending", claim.id));
        released++;
      } catch (error) {
        // ENOENT: the claim's rename has not landed yet (claim() puts it back) or a retry already moved it.
        if (!isErrno(error, "ENOENT")) this.log.error(`outbox: could not put a claim back (${describeFailure(error)})`);
      }
      claim.released = true;
    }
    return released;
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

  private async claim(id: string): Promise<{ entry: OutboxEntry; claim: Claim } | undefined> {
    if (this.closing) return undefined;
    await mkdir(path.join(this.dir, "sending"), { recursive: true, mode: 0o700 });
    const name = `${id}.${this.now().getTime()}.${process.pid}.${randomBytes(4).toString("hex")}.json`;
    const claim: Claim = { id, name, released: false, accepted: false };
    // Registered before the rename lands, so a shutdown meanwhile knows to put it back.
    this.claims.set(name, claim);
    try {
      await rename(this.file("pending", id), this.claimPath(name));
    } catch (error) {
      this.claims.delete(name);
      if (isErrno(error, "ENOENT")) return undefined;
      throw error;
    }
    if (this.closing) {
      await rename(this.claimPath(name), this.file("pending", id)).catch(() => undefined);
      this.claims.delete(name);
      return undefined;
    }
    if (existsSync(this.file("sent", id))) {
      // Delivered already (a shutdown or crash between the send and the cleanup): never send it again.
      await unlink(this.claimPath(name)).catch(() => undefined);
      this.claims.delete(name);
      this.log.info(`outbox: a queued copy of an already delivered request was dropped (receipt sent/${id}.json)`);
      return undefined;
    }
    const entry = await this.readFile(this.claimPath(name));
    if (!entry) {
      this.claims.delete(name);
      await this.moveAsideUnreadable(this.claimPath(name), id);
      return undefined;
    }
    return { entry, claim };
  }

  /** An unreadable file is kept where a person will look rather than retried forever. */
  private async moveAsideUnreadable(from: string, id: string): Promise<void> {
    await mkdir(path.join(this.dir, "failed"), { recursive: true, mode: 0o700 });
    await rename(from, this.file("failed", id)).catch(() => undefined);
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

  private read(state: "pending", id: string): Promise<OutboxEntry | undefined> {
    return this.readFile(this.file(state, id));
  }

  private async readFile(file: string): Promise<OutboxEntry | undefined> {
    try {
      const parsed = entrySchema.safeParse(JSON.parse(await readFile(file, "utf8")));
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
