import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
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

describe("installed versions are at or above the patched floors", () => {
  for (const [pkg, floor] of Object.entries(FLOORS)) {
    it(`${pkg} >= ${floor}`, () => {
      const installed = installedVersion(pkg);
      expect(semver.gte(installed, floor), `${pkg} ${installed} is below ${floor}`).toBe(true);
    });
  }
});
