import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The house rule "imports run one way", checked over the source (tests aside):
 * lib/ imports nothing above it but the two accepted reads of content/ and the
 * page loader; the shared parts of lib/ never import the callback feature; no
 * component imports a route; content/ imports no UI; lib/ has no import circle.
 */

const ROOT = process.cwd();
const ACCEPTED_UPWARD = new Set([
  "lib/content/known-sources.ts -> content/sources.ts", // the source registry
  "lib/callback/runtime.ts -> content/program.ts", // the composition root
  "lib/content/pages.ts -> content/pages/", // the page loader: import(`@/content/pages/${slug}.mdx`)
  "lib/content/pages.ts -> content/pages/es/", // and its Spanish twin: import(`@/content/pages/es/${slug}.mdx`)
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/")
    ? spec.slice(2)
    : spec.startsWith(".")
      ? path.join(path.dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined; // a package
  return [".ts", ".tsx", ".mjs"].map((ext) => base + ext).find((file) => existsSync(path.join(ROOT, file))) ?? base;
}

const IMPORT = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*[`"']([^`"'$]+)/g;
const graph = new Map<string, string[]>();
for (const file of ["lib", "components", "app", "content"].flatMap(sourceFiles)) {
  const specs = [...readFileSync(path.join(ROOT, file), "utf8").matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? "");
  graph.set(
    file,
    specs.map((spec) => resolve(file, spec)).filter((to): to is string => to !== undefined),
  );
}
const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => ({ from, to, edge: `${from} -> ${to}` })));

describe("imports run one way", () => {
  it("finds the imports it checks", () => {
    expect(edges.filter(({ from }) => from.startsWith("lib/")).length).toBeGreaterThan(50);
  });

  it("lib/ imports nothing above it but the accepted reads of content/", () => {
    const upward = edges.filter(
      ({ from, to, edge }) => from.startsWith("lib/") && !to.startsWith("lib/") && !ACCEPTED_UPWARD.has(edge),
    );
    expect(upward.map((e) => e.edge)).toEqual([]);
  });

  it("generic mail, outbox, content and security code never imports the callback feature", () => {
    const backwards = edges.filter(
      ({ from, to }) => from.startsWith("lib/") && !from.startsWith("lib/callback/") && to.startsWith("lib/callback/"),
    );
    expect(backwards.map((e) => e.edge)).toEqual([]);
  });

  it("no component imports a route, and content imports no UI", () => {
    const wrong = edges.filter(
      ({ from, to }) =>
        (from.startsWith("components/") && to.startsWith("app/")) ||
        (from.startsWith("content/") && (to.startsWith("components/") || to.startsWith("app/"))),
    );
    expect(wrong.map((e) => e.edge)).toEqual([]);
  });

  it("lib/ has no import circle", () => {
    const circles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, stack: string[]) => {
      if (stack.includes(file)) return void circles.push([...stack.slice(stack.indexOf(file)), file].join(" -> "));
      if (done.has(file)) return;
      done.add(file);
      for (const to of graph.get(file) ?? []) if (to.startsWith("lib/")) visit(to, [...stack, file]);
    };
    for (const file of graph.keys()) if (file.startsWith("lib/")) visit(file, []);
    expect(circles).toEqual([]);
  });
});
