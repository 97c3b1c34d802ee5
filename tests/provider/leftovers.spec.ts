import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { routes } from "../support/routes";
import { findFacts, type ShippedFact } from "./find-facts";

/*
 * Run by tests/provider/run.mjs in a scratch copy built for the second program: nothing of the shipped program
 * (listed from the shipped content/program.ts by tests/provider/shipped-facts.ts) may be left anywhere a visitor
 * can be sent: every route as served, the 404 page, the files the app serves, and every page and script the build
 * wrote.
 */
const factsFile = process.env.PROVIDER_SHIPPED_FACTS;
const facts: ShippedFact[] = factsFile ? JSON.parse(readFileSync(factsFile, "utf8")) : [];
const SERVED = [...routes, "/no-such-page", "/evening-sessions.ics", "/sitemap.xml", "/robots.txt"];

function describe(found: ShippedFact[]) {
  return found.map((f) => `${f.field}: "${f.text}"`);
}

test("the shipped program's facts are listed", () => {
  expect(factsFile, "PROVIDER_SHIPPED_FACTS names the list; run this spec through tests/provider/run.mjs").toBeTruthy();
  expect(facts.length).toBeGreaterThan(10);
});

test("no page or file the server sends holds a fact of the shipped program", async ({ request }) => {
  const leftovers: Record<string, string[]> = {};
  for (const route of SERVED) {
    const body = await (await request.get(route)).text();
    const found = findFacts(body, facts);
    if (found.length > 0) leftovers[route] = describe(found);
  }
  expect(leftovers).toEqual({});
});

test("no page, payload or script the build wrote holds a fact of the shipped program", () => {
  const leftovers: Record<string, string[]> = {};
  const list = (dir: string, pattern: RegExp) =>
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => pattern.test(f))
      .map((f) => path.join(dir, f));
  // Server bundles hold the program data by design; what reaches a browser is the prerendered output (HTML, RSC
  // payloads, bodies and their headers, in .next/server/route-cache in Next 16) and the scripts.
  const files = [...list(".next/server", /\.(html|rsc|body|meta)$/), ...list(".next/static", /\.js$/)];
  expect(files.filter((f) => f.endsWith(".html")).length).toBeGreaterThanOrEqual(routes.length - 1);
  for (const file of files) {
    const found = findFacts(readFileSync(file, "utf8"), facts);
    if (found.length > 0) leftovers[file] = describe(found);
  }
  expect(leftovers).toEqual({});
});
