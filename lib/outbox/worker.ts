import type { MailTransport } from "@/lib/mail/transport";
import type { Outbox, OutboxLog } from "./outbox";

const RECEIPT_MAX_AGE_MS = 30 * 24 * 60 * 60_000;

/**
 * Delivers what is due in the outbox while the server runs, one message at a
 * time: a pass now, a pass whenever `kick` says something new was queued, and
 * a timer for the earliest retry.
 * Timers are unref'd so a process that is otherwise done (a test, a CLI) exits.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly transport: MailTransport,
    private readonly log: OutboxLog = console,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    const recovered = await this.outbox.recoverStaleClaims();
    if (recovered)
      this.log.info(`outbox: ${recovered} message(s) left mid-send by an earlier process are queued again`);
    await this.outbox.pruneReceipts(RECEIPT_MAX_AGE_MS);
    const waiting = await this.outbox.count("pending");
    if (waiting) this.log.info(`outbox: ${waiting} message(s) waiting in ${this.outbox.dir}; delivering`);
    const failed = await this.outbox.count("failed");
    if (failed)
      this.log.error(`OUTBOX: ${failed} message(s) in ${this.outbox.dir}/failed need a person to handle them`);
    this.kick();
  }

  /** Runs a pass soon; a pass already running runs once more afterwards. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.clearTimer();
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when no pass is running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private async pass(): Promise<void> {
    try {
      // Every new request kicks a pass, so pending/ is read once per pass, not again to find the next retry.
      const { due, nextDueAt } = await this.outbox.duePending();
      let next = nextDueAt?.getTime();
      for (const entry of due) {
        if (this.stopped) return;
        const outcome = await this.outbox.deliver(entry.id, this.transport);
        if (outcome.status === "retry") next = Math.min(next ?? Infinity, outcome.nextAttemptAt.getTime());
      }
      this.schedule(next === undefined ? undefined : new Date(next));
    } catch (error) {
      // A full disk or a permission problem: say so and try again later rather than stop for good.
      this.log.error(`outbox: delivery pass failed: ${error instanceof Error ? error.message : String(error)}`);
      this.schedule(new Date(Date.now() + 60_000));
    }
  }

  private schedule(at: Date | undefined): void {
    this.clearTimer();
    if (!at || this.stopped) return;
    const delay = Math.max(0, at.getTime() - Date.now());
    this.timer = setTimeout(() => this.kick(), Math.min(delay, 2 ** 31 - 1));
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Delivers everything pending, due or not, once. For `npm run outbox:flush` and tests. */
export async function flushOutbox(
  outbox: Outbox,
  transport: MailTransport,
): Promise<{ sent: number; pending: number; failed: number }> {
  await outbox.recoverStaleClaims();
  let sent = 0;
  for (const entry of await outbox.listPending()) {
    const outcome = await outbox.deliver(entry.id, transport);
    if (outcome.status === "sent") sent++;
  }
  return { sent, pending: await outbox.count("pending"), failed: await outbox.count("failed") };
}
