import "server-only";

/**
 * Accepted requests per client per hour, kept in this process's memory. That
 * is enough for one `next start`; it resets on restart and is not shared
 * between instances (several instances would need a shared store such as Redis).
 *
 * A second, site-wide ceiling stops someone who varies their claimed address.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private all: number[] = [];

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

  /** True when this client may send one more request now. */
  allows(client: string): boolean {
    this.all = this.recent(this.all);
    return this.recent(this.hits.get(client)).length < this.options.perClient && this.all.length < this.overall;
  }

  /** Counts one accepted request. */
  record(client: string): void {
    const list = this.recent(this.hits.get(client));
    list.push(this.now());
    this.hits.delete(client);
    this.hits.set(client, list);
    this.all.push(this.now());
    const max = this.options.maxClients ?? 10_000;
    for (const key of this.hits.keys()) {
      if (this.hits.size <= max) break;
      this.hits.delete(key);
    }
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
