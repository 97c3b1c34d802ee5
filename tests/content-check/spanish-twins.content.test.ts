/**
 * The twin check over the real pages: content/pages/<slug>.mdx against
 * content/pages/es/<slug>.mdx, with SPANISH_EDITION "required": every page
 * has its twin, and no English page changed after its translation.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Lang } from "@/lib/i18n/locales";
import { slugsFromFileNames } from "./routes";
import { pageFacts, type PageFacts } from "./spanish-twin-facts";
import { checkTwins, SPANISH_EDITION } from "./spanish-twins";

const ROOT = path.resolve(import.meta.dirname, "../..");

function readPages(lang: Lang): PageFacts[] {
  const folder = lang === "en" ? "content/pages" : "content/pages/es";
  const dir = path.join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return slugsFromFileNames(readdirSync(dir)).map((slug) => {
    const file = `${folder}/${slug}.mdx`;
    return pageFacts(readFileSync(path.join(ROOT, file), "utf8"), { slug, lang, file });
  });
}

describe("Spanish twins of the site's pages", () => {
  it(`agree with their English pages (edition: ${SPANISH_EDITION})`, () => {
    const english = readPages("en");
    expect(english.length).toBeGreaterThan(0);
    const { problems, notices } = checkTwins(english, readPages("es"), SPANISH_EDITION);
    for (const notice of notices) console.info(notice);
    expect(problems.map((p) => `${p.route}: ${p.problem}`)).toEqual([]);
  });
});
