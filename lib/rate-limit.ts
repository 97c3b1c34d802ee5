import "server-only";
import { createHmac, randomBytes } from "node:crypto";

/**
 * Accepted requests per client per hour, kept in this process's memory. That
 * is enough for one `next start`; it resets on restart and is not shared
 * between instances (several instances would need a shared store such as Redis).
 * Per-address limits belong at the proxy as well (lib/callback/README.md, "Rate limits").
 *
 * A second, site-wide ceiling stops someone who varies their claimed address.
 * Reaching it closes the form to everyone, so only real requests may count
 * towards it: the caller never reserves for a honeypot hit, and releases the
 * slot of a request that ends up refused (invalid, a repeat, not saved).
 *
 * A slot is taken in the same synchronous step as the check, so requests that
 * arrive together cannot all pass the check before any of them is counted.
 *
 * Addresses are kept only as keyed hashes (the key is random and lives only in
 * this process), and a client is forgotten once its last request is an hour
 * old, so memory never holds a list of who asked for help.
 */
export type Reservation =
  | {
      ok: true;
      /** Gives the slot back; call it when the request is refused after all. Safe to call twice. */ release(): void;
    }
  | {
      ok: false;
      /** "client": this client's own limit; "site": the site-wide ceiling, which closes the form to everyone. */ reason:
        "client" | "site";
    };

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

  /** The site-wide ceiling: requests per window across all clients. */
  get overall(): number {
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

  /** Checks both limits and, if neither is reached, counts the request at once. No await may come between. */
  reserve(client: string): Reservation {
    const key = this.keyFor(client);
    const mine = this.recent(this.hits.get(key));
    this.all = this.recent(this.all);
    if (mine.length >= this.options.perClient) return { ok: false, reason: "client" };
    if (this.all.length >= this.overall) return { ok: false, reason: "site" };

    const at = this.now();
    mine.push(at);
    this.hits.delete(key);
    this.hits.set(key, mine);
    this.all.push(at);
    this.forgetOld();

    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        removeOne(this.all, at);
        const list = this.hits.get(key);
        if (list) {
          removeOne(list, at);
          if (list.length === 0) this.hits.delete(key);
        }
      },
    };
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

function removeOne(list: number[], value: number): void {
  const index = list.lastIndexOf(value);
  if (index !== -1) list.splice(index, 1);
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
