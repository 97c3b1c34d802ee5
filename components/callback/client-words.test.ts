import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The form's words reach the browser as props, one language at a time
 * (components/callback/callback-form.tsx). This walks the static imports of the
 * client form, as the bundler does for the page's script, and checks that no
 * module holding words of either language is among them; the messages for
 * wrong answers come only with the resolver chunk, loaded by import() once the
 * form is in use. Type-only imports leave nothing in the bundle and are skipped,
 * and so is a "use server" module: the browser gets only a reference to call it.
 */

const ROOT = process.cwd();
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : "";
  if (!base) return undefined; // a package
  return [".ts", ".tsx"].map((ext) => base + ext).find((file) => existsSync(path.join(ROOT, file)));
}

function reached(entry: string, follow: RegExp[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(path.join(ROOT, file), "utf8");
    if (/^["']use server["']/.test(source)) return;
    for (const pattern of follow)
      for (const [, spec] of source.matchAll(pattern)) {
        const to = resolve(file, spec!);
        if (to) visit(to);
      }
  };
  visit(entry);
  return seen;
}

const CLIENT = "components/callback/callback-form-client.tsx";
const WORDS = ["lib/callback/copy.ts", "lib/callback/labels.ts", "lib/callback/messages.ts"];

describe("the callback form's script", () => {
  it("loads with the page without any language's words", () => {
    const loaded = reached(CLIENT, [STATIC_IMPORT]);
    expect(loaded).toContain("lib/callback/fields.ts");
    expect(loaded).toContain("lib/callback/actions.ts");
    expect(WORDS.filter((file) => loaded.has(file))).toEqual([]);
    expect([...loaded].filter((file) => file.startsWith("content/"))).toEqual([]);
  });

  it("brings the messages only with the resolver chunk it loads when the form is in use", () => {
    const later = reached(CLIENT, [STATIC_IMPORT, DYNAMIC_IMPORT]);
    expect(later).toContain("lib/callback/messages.ts");
    expect(later).not.toContain("lib/callback/copy.ts");
    expect(later).not.toContain("lib/callback/labels.ts");
  });
});
