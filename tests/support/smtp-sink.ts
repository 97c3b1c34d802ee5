import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on loopback for tests. It keeps every message it accepts,
 * parsed, and can be told to refuse with 421 (service closing), 451 (local
 * error, try later) or 550 (rejected for good), or to stop listening at all.
 * In "hang" mode it reads the whole message and then never answers, like a
 * relay stuck mid-send, until `release()`; a message whose client hung up
 * before the answer was never accepted and is not kept. `delayMs` makes every
 * answer to a message that slow.
 */

export type SinkMode = "accept" | "421" | "451" | "550" | "hang";

export type ReceivedMail = {
  from: string;
  to: string[];
  replyTo: string | undefined;
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  /** Every header line as received, for checks that nothing else leaked into headers. */
  headerLines: string[];
  receivedAt: string;
};

const REPLIES: Record<Exclude<SinkMode, "accept" | "hang">, { code: number; text: string }> = {
  "421": { code: 421, text: "4.3.2 Service not available, closing channel" },
  "451": { code: 451, text: "4.3.0 Local error in processing, try again later" },
  "550": { code: 550, text: "5.7.1 Message rejected" },
};

export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  mode: SinkMode = "accept";
  /** Tries seen (a message started, or a connection refused with 421): shows that a retry really reached the server. */
  attempts = 0;
  /** How long to wait before answering each message (a slow relay). */
  delayMs = 0;
  /** Messages read in full and not answered yet ("hang" mode). */
  readonly held: { sessionId: string; answer: () => void }[] = [];
  private readonly closedSessions = new Set<string>();
  private server: SMTPServer | undefined;
  private waiters: (() => void)[] = [];

  /**
   * `replyFirst`: say 250 before parsing, as a relay queues before it looks
   * inside, so a sender's timings (the bench's) do not include this process
   * parsing mail. A message that then fails to parse is dropped.
   */
  constructor(
    private port = 0,
    private options: { replyFirst?: boolean } = {},
  ) {}

  get listeningPort(): number {
    return this.port;
  }

  get listening(): boolean {
    return this.server !== undefined;
  }

  async start(): Promise<number> {
    if (this.server) return this.port;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      disableReverseLookup: true,
      logger: false,
      // A busy server may answer 421 to a new connection or to a message on one already open (the mailer pools).
      onConnect: (_session, callback) => {
        if (this.mode === "421") {
          this.attempts++;
          return callback(Object.assign(new Error(REPLIES["421"].text), { responseCode: 421 }));
        }
        callback();
      },
      onMailFrom: (_address, _session, callback) => {
        this.attempts++;
        if (this.mode === "421") return callback(Object.assign(new Error(REPLIES["421"].text), { responseCode: 421 }));
        callback();
      },
      onClose: (session) => {
        this.closedSessions.add(session.id);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          if (this.mode === "451" || this.mode === "550") {
            const reply = REPLIES[this.mode];
            return callback(Object.assign(new Error(reply.text), { responseCode: reply.code }));
          }
          const answer = () => this.accept(Buffer.concat(chunks), session.id, callback);
          if (this.mode === "hang") {
            this.held.push({ sessionId: session.id, answer });
            this.waiters.splice(0).forEach((wake) => wake());
          } else if (this.delayMs) setTimeout(answer, this.delayMs);
          else answer();
        });
      },
    });
    server.on("error", () => {});
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this.port;
  }

  /** Answers 250 and keeps the message, unless its client hung up first (then it was never accepted). */
  private accept(raw: Buffer, sessionId: string, callback: (error?: Error | null) => void): void {
    if (this.closedSessions.has(sessionId)) return;
    // The bench's sink answers before parsing, as a fast relay would; tests wait for the parse.
    const replied = this.options.replyFirst === true;
    if (replied) callback();
    simpleParser(raw)
      .then((mail) => {
        this.messages.push({
          from: mail.from?.text ?? "",
          to: (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
            a.value.map((v) => v.address ?? ""),
          ),
          replyTo: mail.replyTo?.value[0]?.address,
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          html: typeof mail.html === "string" ? mail.html : "",
          messageId: mail.messageId,
          headerLines: mail.headerLines.map((h) => h.line),
          receivedAt: new Date().toISOString(),
        });
        this.waiters.splice(0).forEach((wake) => wake());
        if (!replied) callback();
      })
      .catch((error: unknown) => {
        if (!replied) callback(error instanceof Error ? error : new Error(String(error)));
      });
  }

  /** Answers every held message ("hang" mode) whose client is still there, and goes back to accepting. */
  release(): void {
    this.mode = "accept";
    for (const { answer } of this.held.splice(0)) answer();
  }

  /** Resolves once `count` messages are held unanswered ("hang" mode). */
  async waitForHeld(count = 1, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.held.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`smtp-sink: ${this.held.length} of ${count} messages held in time`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Stops listening (connections are refused) but keeps the port and the messages. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  clear(): void {
    this.messages.length = 0;
    this.attempts = 0;
  }

  /** Messages whose subject names this reference. */
  withReference(reference: string): ReceivedMail[] {
    return this.messages.filter((m) => m.subject.includes(reference));
  }

  /** Resolves when a message matching `test` has arrived, or rejects after `timeoutMs`. */
  async waitFor(test: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(test);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("smtp-sink: no matching message arrived in time");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
