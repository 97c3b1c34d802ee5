import { describe, expect, it } from "vitest";
import { clientKeyFrom, RateLimiter } from "./rate-limit";

const headers = (value: string | null) => ({ get: (name: string) => (name === "x-forwarded-for" ? value : null) });

const take = (limiter: RateLimiter, client: string) => limiter.reserve(client).ok;

describe("RateLimiter", () => {
  it("allows the limit per client per hour, then refuses until the hour has passed", () => {
    let now = 0;
    const limiter = new RateLimiter({ perClient: 2, now: () => now });
    expect(take(limiter, "a")).toBe(true);
    expect(take(limiter, "a")).toBe(true);
    expect(limiter.reserve("a")).toEqual({ ok: false, reason: "client" });
    expect(take(limiter, "b")).toBe(true);
    now = 60 * 60_000 + 1;
    expect(take(limiter, "a")).toBe(true);
  });

  it("has a site-wide ceiling for clients that change their claimed address, and says which limit refused", () => {
    const limiter = new RateLimiter({ perClient: 1, overall: 3 });
    for (const client of ["a", "b", "c"]) expect(take(limiter, client)).toBe(true);
    expect(limiter.reserve("d")).toEqual({ ok: false, reason: "site" });
    // A client at its own limit is told about its own limit, not the site's.
    expect(limiter.reserve("a")).toEqual({ ok: false, reason: "client" });
  });

  it("counts a slot the moment it is reserved, so requests checked together cannot all pass", () => {
    const limiter = new RateLimiter({ perClient: 5, overall: 8 });
    const same = Array.from({ length: 20 }, () => limiter.reserve("one"));
    expect(same.filter((r) => r.ok)).toHaveLength(5);
    const rotating = Array.from({ length: 20 }, (_, i) => limiter.reserve(`client-${i}`));
    expect(rotating.filter((r) => r.ok)).toHaveLength(3);
  });

  it("gives a released slot back to the client and to the site", () => {
    const limiter = new RateLimiter({ perClient: 1, overall: 1 });
    const first = limiter.reserve("a");
    expect(first.ok).toBe(true);
    expect(limiter.reserve("a")).toEqual({ ok: false, reason: "client" });
    expect(limiter.reserve("b")).toEqual({ ok: false, reason: "site" });
    if (first.ok) {
      first.release();
      first.release(); // a second call gives back nothing more
    }
    expect(limiter.size).toBe(0);
    expect(take(limiter, "b")).toBe(true);
    expect(limiter.reserve("a")).toEqual({ ok: false, reason: "site" });
  });

  it("forgets the oldest clients past its size", () => {
    const limiter = new RateLimiter({ perClient: 1, overall: 1000, maxClients: 2 });
    for (const client of ["a", "b", "c"]) take(limiter, client);
    expect(take(limiter, "a")).toBe(true);
    expect(take(limiter, "c")).toBe(false);
  });

  it("forgets a client once its last request is an hour old", () => {
    let now = 0;
    const limiter = new RateLimiter({ perClient: 5, now: () => now });
    take(limiter, "a");
    now = 30 * 60_000;
    take(limiter, "b");
    expect(limiter.size).toBe(2);
    now = 60 * 60_000 + 1;
    take(limiter, "c");
    expect(limiter.size).toBe(2);
    now = 2 * 60 * 60_000;
    take(limiter, "c");
    expect(limiter.size).toBe(1);
  });

  it("keeps addresses only as hashes that differ from one process to the next", () => {
    const address = "203.0.113.9";
    const [one, two] = [new RateLimiter({ perClient: 5 }), new RateLimiter({ perClient: 5 })];
    take(one, address);
    take(two, address);
    const keys = (l: RateLimiter) => [...l["hits"].keys()];
    expect(keys(one).join()).not.toContain(address);
    expect(keys(one)).not.toEqual(keys(two));
  });
});

describe("clientKeyFrom", () => {
  it("does not trust a forwarded chain without TRUST_PROXY", () => {
    expect(clientKeyFrom(headers("1.2.3.4, 10.0.0.1"), false)).toBe("1.2.3.4, 10.0.0.1");
  });
  it("takes the address the trusted proxy saw with TRUST_PROXY", () => {
    expect(clientKeyFrom(headers("1.2.3.4, 203.0.113.9"), true)).toBe("203.0.113.9");
  });
  it("groups requests with no address together", () => {
    expect(clientKeyFrom(headers(null), false)).toBe("unknown");
  });
});
