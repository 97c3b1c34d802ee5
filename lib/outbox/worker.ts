import type { MailTransport } from "@/lib/mail/transport";
import type { Outbox, OutboxLog } from "./outbox";

const RECEIPT_MAX_AGE_MS = 30 * 24 * 60 * 60_000;

export type WorkerOptions = {
  log?: OutboxLog;
  /** How long the queue must be quiet before a pass starts after `kick`. */
  settleMs?: number;
  /** The longest a steady stream of new requests can hold a pass back. */
  maxSettleMs?: number;
  /**
   * A pass at least this often even when nothing is due, so a claim left by another process
   * that died (a flush killed mid-send) is recovered while the server idles: two folder listings.
   */
  idleCheckMs?: number;
};

/**
 * Delivers what is due in the outbox while the server runs, one message at a
 * time: a pass at start, a pass once new requests stop arriving (`kick`), and
 * a timer for the earliest retry.
 *
 * Waiting for a burst to settle matters on a small server: a person's answer
 * only waits for their request to reach the disk, but mailing a message costs
 * a few milliseconds of CPU, a good share of what answering costs, so mailing
 * during a burst makes everyone in it wait longer (measured: 50 requests at
 * once took a quarter less server CPU to answer). A quarter-second later in
 * the intake inbox costs nobody anything.
 *
 * Timers are unref'd so a process that is otherwise done (a test, a CLI) exits.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Set while a pass waits for the queue to settle; resolves when that pass starts. */
  private settling: { until: number; started: Promise<void>; start: () => void } | undefined;
  private again = false;
  private stopped = false;
  private readonly log: OutboxLog;
  private readonly settleMs: number;
  private readonly maxSettleMs: number;
  private readonly idleCheckMs: number;

  constructor(
    private readonly outbox: Outbox,
    private readonly transport: MailTransport,
    { log = console, settleMs = 250, maxSettleMs = 2_000, idleCheckMs = 5 * 60_000 }: WorkerOptions = {},
  ) {
    this.log = log;
    this.idleCheckMs = idleCheckMs;
    this.settleMs = settleMs;
    this.maxSettleMs = maxSettleMs;
  }

  async start(): Promise<void> {
    this.stopped = false;
    const claims = await this.outbox.recoverStaleClaims();
    if (claims.inProgress)
      this.log.info(
        `outbox: ${claims.inProgress} message(s) in ${this.outbox.dir}/sending are claimed by another process; ` +
          `queued again if not finished by ${claims.nextStaleAt?.toISOString()}`,
      );
    await this.outbox.pruneReceipts(RECEIPT_MAX_AGE_MS);
    const waiting = await this.outbox.count("pending");
    if (waiting) this.log.info(`outbox: ${waiting} message(s) waiting in ${this.outbox.dir}; delivering`);
    const failed = await this.outbox.count("failed");
    if (failed)
      this.log.error(`OUTBOX: ${failed} message(s) in ${this.outbox.dir}/failed need a person to handle them`);
    if (!this.running) this.runPass();
  }

  /** Something new was queued: run a pass once the queue has been quiet for settleMs. A pass already running runs once more afterwards. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const now = Date.now();
    if (!this.settling) {
      let start = () => {};
      const started = new Promise<void>((resolve) => (start = resolve));
      this.settling = { until: now + this.maxSettleMs, started, start };
    }
    this.runAt(Math.min(now + this.settleMs, this.settling.until));
  }

  /** Resolves when no pass is running or waiting to start (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.settling) await (this.running ?? this.settling?.started);
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.endSettling();
  }

  private runAt(at: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => this.runPass(), Math.min(Math.max(0, at - Date.now()), 2 ** 31 - 1));
    this.timer.unref();
  }

  private runPass(): void {
    this.clearTimer();
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
    this.endSettling();
  }

  /** The wait for the queue to settle is over (a pass started, or the worker stopped): release whoever awaits idle(). */
  private endSettling(): void {
    this.settling?.start();
    this.settling = undefined;
  }

  private async pass(): Promise<void> {
    try {
      // A claim left by a process that died is recovered here, while the server runs, not only at start.
      const claims = await this.outbox.recoverStaleClaims();
      // Every new request kicks a pass, so pending/ is read once per pass, not again to find the next retry.
      const { due, nextDueAt } = await this.outbox.duePending();
      let next = earliest(nextDueAt?.getTime(), claims.nextStaleAt?.getTime());
      for (const entry of due) {
        if (this.stopped) return;
        const outcome = await this.outbox.deliver(entry.id, this.transport);
        if (outcome.status === "retry") next = earliest(next, outcome.nextAttemptAt.getTime());
      }
      this.schedule(new Date(Math.min(next ?? Infinity, Date.now() + this.idleCheckMs)));
    } catch (error) {
      // A full disk or a permission problem: say so and try again later rather than stop for good.
      this.log.error(`outbox: delivery pass failed: ${error instanceof Error ? error.message : String(error)}`);
      this.schedule(new Date(Date.now() + 60_000));
    }
  }

  private schedule(at: Date | undefined): void {
    this.clearTimer();
    if (!at || this.stopped) return;
    this.runAt(at.getTime());
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

export type FlushResult = {
  sent: number;
  /** Stale claims put back in pending/ before the flush. */
  recovered: number;
  /** Left afterwards: still waiting (SMTP down?), claimed by another process, refused for good. */
  pending: number;
  sending: number;
  failed: number;
  /** When the oldest claim held by another process counts as abandoned. */
  nextStaleAt: Date | undefined;
};

/** Delivers everything pending, due or not, once. For `npm run outbox:flush` and tests. */
export async function flushOutbox(outbox: Outbox, transport: MailTransport): Promise<FlushResult> {
  const { recovered } = await outbox.recoverStaleClaims();
  let sent = 0;
  for (const entry of await outbox.listPending()) {
    const outcome = await outbox.deliver(entry.id, transport);
    if (outcome.status === "sent") sent++;
  }
  // A claim can go stale while the flush runs: recovered ones count as pending.
  const after = await outbox.recoverStaleClaims();
  return {
    sent,
    recovered: recovered + after.recovered,
    pending: await outbox.count("pending"),
    sending: await outbox.count("sending"),
    failed: await outbox.count("failed"),
    nextStaleAt: after.nextStaleAt,
  };
}
