import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/*
 * A provider's slip in content/program.ts stops the site from loading, with the file and the field named. Each case
 * edits the real file the way a person might (so it holds for whichever program is in place), loads the edited copy
 * as the build would, and reads the error. tests/provider/run.mjs also runs one of them through `next build`.
 */

const source = readFileSync(path.resolve("content/program.ts"), "utf8");
const dir = mkdtempSync(path.join(os.tmpdir(), "malformed-program-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each slip as a change to the file's text, and the field the error must name. */
const MALFORMED: { slip: string; edit: (text: string) => string; field: RegExp }[] = [
  {
    slip: "a phone number without digits",
    edit: (t) => replaceOnce(t, /(admissionsPhone:\s*\{\s*display:\s*)"[^"]*"/, '$1"call our front desk"'),
    field: /admissionsPhone\.display: /,
  },
  {
    slip: "an unknown time zone",
    edit: (t) => replaceOnce(t, /(timeZone:\s*)"[^"]*"/, '$1"America/Lakeside"'),
    field: /admissionsHours\.timeZone: use an IANA time zone/,
  },
  {
    slip: "a day name misspelled",
    edit: (t) => replaceOnce(t, /(days:\s*\[)"[^"]*"/, '$1"Thurs"'),
    field: /admissionsHours\.blocks\.0\.days\.0: use Mon, Tue, Wed/,
  },
  {
    slip: "a location without a street",
    edit: (t) => replaceOnce(t, /\n\s*street:\s*"[^"]*",/, ""),
    field: /locations\.0\.street: /,
  },
];

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const edited = text.replace(pattern, replacement);
  if (edited === text) throw new Error(`content/program.ts no longer has ${pattern}; update this test`);
  return edited;
}

describe("a malformed content/program.ts", () => {
  it.each(MALFORMED)("$slip stops the content from loading, naming the file and the field", async ({ edit, field }) => {
    const file = path.join(dir, `program-${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(file, edit(source));
    const error = await import(/* @vite-ignore */ file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid content in content\/program\.ts:/);
    expect(message).toMatch(new RegExp(`content/program\\.ts: ${field.source}`));
  });

  it("loads as it is", async () => {
    const file = path.join(dir, "program-as-is.ts");
    writeFileSync(file, source);
    await expect(import(/* @vite-ignore */ file)).resolves.toHaveProperty("program.name");
  });
});
