import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Lang } from "@/lib/i18n/locales";

/**
 * The sentences the confirmation may show about when the call comes: the one
 * for now and the one for two minutes ago, in case an opening or closing time
 * fell while the form was sent. Worked out by lib/admissions-hours.ts in a
 * process of its own with the react-server condition, because that module
 * formats through the server-only lib/i18n/format.ts, which throws when a
 * Playwright spec imports it.
 */
export function possibleCallTimeSentences(lang: Lang, now = Date.now()): Set<string> {
  const times = [new Date(now - 120_000), new Date(now)].map((d) => d.toISOString());
  const output = execFileSync(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "tests/support/callback-when-cli.ts", lang, ...times],
    { encoding: "utf8" },
  );
  return new Set(JSON.parse(output) as string[]);
}
