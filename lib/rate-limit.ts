import "server-only";
import { createHmac, randomBytes } from "node:crypto";

/**
 * Accepted requests per client per hour, kept in this process's memory. That
 * is enough for one `next start`; it resets on restart and is not shared
 * between instances (several instances would need a shared store such as Redis).
 *
 * A second, site-wide ceiling stops someone who varies their claimed address.
 *
 * Addresses are kept only as keyed hashes (the key is random and lives only in
 * this process), and a client is forgotten once its last request is an hour
 * old, so memory never holds a list of who asked for help.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private all: number[] = [];
  private readonly secret = randomBytes(32);

  constructor(
    private readonly options: {
      perClient: number;
      /** Across all clients; defaults to 20 times the per-client limit, at least 100. */
      overall?: number;
      windowMs?: number;
      now?: () => number;
      /** Oldest clients are forgotten past this many, so memory stays bounded. */
      maxClients?: number;
    },
  ) {}

  private get windowMs() {
    return this.options.windowMs ?? 60 * 60_000;
  }

  private get overall() {
    return this.options.overall ?? Math.max(100, this.options.perClient * 20);
  }

  private now() {
    return (this.options.now ?? Date.now)();
  }

  private recent(list: number[] | undefined): number[] {
    const cutoff = this.now() - this.windowMs;
    return (list ?? []).filter((t) => t > cutoff);
  }

  private keyFor(client: string): string {
    return createHmac("sha256", this.secret).update(client).digest("base64url");
  }

  /** True when this client may send one more request now. */
  allows(client: string): boolean {
    this.all = this.recent(this.all);
    return (
      this.recent(this.hits.get(this.keyFor(client))).length < this.options.perClient && this.all.length < this.overall
    );
  }

  /** Counts one accepted request. */
  record(client: string): void {
    const key = this.keyFor(client);
    const list = this.recent(this.hits.get(key));
    list.push(this.now());
    this.hits.delete(key);
    this.hits.set(key, list);
    this.all.push(this.now());
    this.forgetOld();
  }

  /** Keys are in order of last request, so the stale and the oldest are at the front. */
  private forgetOld(): void {
    const max = this.options.maxClients ?? 10_000;
    const cutoff = this.now() - this.windowMs;
    for (const [key, list] of this.hits) {
      if (this.hits.size <= max && list.at(-1)! > cutoff) break;
      this.hits.delete(key);
    }
  }

  /** How many clients are remembered; for tests. */
  get size(): number {
    return this.hits.size;
  }
}

type HeaderSource = { get(name: string): string | null };

/**
 * Who is asking. `next start` puts the socket's address in X-Forwarded-For
 * only when the request has none (next/dist/server/base-server.js), so without
 * a proxy a client can write its own: we then use the whole header as an opaque
 * key and rely on the site-wide ceiling. Behind one trusted proxy
 * (TRUST_PROXY=1) the last entry is the one that proxy saw.
 */
export function clientKeyFrom(headers: HeaderSource, trustProxy: boolean): string {
  const forwarded = headers.get("x-forwarded-for")?.trim() ?? "";
  if (!forwarded) return "unknown";
  if (trustProxy) return forwarded.split(",").at(-1)!.trim().slice(0, 100) || "unknown";
  return forwarded.slice(0, 200);
}
