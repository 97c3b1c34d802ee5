import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Versions below these carry known advisories (server-action DoS, proxy
 * bypasses, CSP-nonce XSS, nodemailer address parsing and header injection).
 * `npm audit` cannot reach an advisory service from our build machines, so
 * the floors are checked here; raise them as new advisories are published.
 */
const FLOORS = {
  next: "16.3.8",
  react: "19.2.3",
  "react-dom": "19.2.3",
  nodemailer: "10.4.1",
} as const;

function installedVersion(pkg: string): string {
  const file = path.resolve("node_modules", pkg, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

function compare(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
  for (let i = 0; i < 3; i++) {
    const diff = (pa![i] ?? 0) - (pb![i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

describe("installed versions are at or above the patched floors", () => {
  for (const [pkg, floor] of Object.entries(FLOORS)) {
    it(`${pkg} >= ${floor}`, () => {
      expect(
        compare(installedVersion(pkg), floor),
        `${pkg} ${installedVersion(pkg)} is below ${floor}`,
      ).toBeGreaterThanOrEqual(0);
    });
  }

  it("compares versions numerically, not as text", () => {
    expect(compare("16.10.0", "16.3.8")).toBeGreaterThan(0);
    expect(compare("16.3.7", "16.3.8")).toBeLessThan(0);
  });
});
