import { describe, expect, it } from "vitest";
import { clientKeyFrom, RateLimiter } from "./rate-limit";

const headers = (value: string | null) => ({ get: (name: string) => (name === "x-forwarded-for" ? value : null) });

describe("RateLimiter", () => {
  it("allows the limit per client per hour, then refuses until the hour has passed", () => {
    let now = 0;
    const limiter = new RateLimiter({ perClient: 2, now: () => now });
    for (let i = 0; i < 2; i++) {
      expect(limiter.allows("a")).toBe(true);
      limiter.record("a");
    }
    expect(limiter.allows("a")).toBe(false);
    expect(limiter.allows("b")).toBe(true);
    now = 60 * 60_000 + 1;
    expect(limiter.allows("a")).toBe(true);
  });

  it("has a site-wide ceiling for clients that change their claimed address", () => {
    const limiter = new RateLimiter({ perClient: 1, overall: 3 });
    for (const client of ["a", "b", "c"]) limiter.record(client);
    expect(limiter.allows("d")).toBe(false);
  });

  it("forgets the oldest clients past its size", () => {
    const limiter = new RateLimiter({ perClient: 1, overall: 1000, maxClients: 2 });
    for (const client of ["a", "b", "c"]) limiter.record(client);
    expect(limiter.allows("a")).toBe(true);
    expect(limiter.allows("c")).toBe(false);
  });

  it("forgets a client once its last request is an hour old", () => {
    let now = 0;
    const limiter = new RateLimiter({ perClient: 5, now: () => now });
    limiter.record("a");
    now = 30 * 60_000;
    limiter.record("b");
    expect(limiter.size).toBe(2);
    now = 60 * 60_000 + 1;
    limiter.record("c");
    expect(limiter.size).toBe(2);
    now = 2 * 60 * 60_000;
    limiter.record("c");
    expect(limiter.size).toBe(1);
  });

  it("keeps addresses only as hashes that differ from one process to the next", () => {
    const address = "203.0.113.9";
    const [one, two] = [new RateLimiter({ perClient: 5 }), new RateLimiter({ perClient: 5 })];
    one.record(address);
    two.record(address);
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
