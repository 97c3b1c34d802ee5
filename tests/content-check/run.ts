/**
 * The content check: `npm run check:content` (after `npm run build`).
 * Reads each route's prerendered HTML, English and Spanish (/es, /es/<slug>),
 * and checks the text of <main> for reading grade (Fernández-Huerta in
 * Spanish), length, labelling words and runs copied from the seed articles;
 * then the content files' own rules and the HTML twin check of each pair.
 * Limits are in rules.ts; what text is read is in extract-text.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkPage } from "./check-page";
import { mainTextNodes, mdxProseAsHtml } from "./extract-text";
import { formatFailures, formatNotes, formatSummary, formatTable } from "./report";
import { htmlFileForSlug, slugsFromFileNames } from "./routes";
import { compareHtmlTwins, htmlTwinFacts } from "./spanish-html-twins";
import { contentRules } from "./rules";
import { buildSeedIndex, type SeedIndex } from "./verbatim";
import {
  findBrokenLinks,
  findHandTypedFacts,
  findSourceIssues,
  findSpanishLabelIssues,
  findSpanishLinkIssues,
  findTermIssues,
  findUnknownPhoneNumbers,
  formatIssues,
  isSpanishFile,
  type ContentFile,
  type Issue,
} from "./source-rules";
import {
  englishOnlyCrisisTargets,
  knownPaths,
  knownPhoneNumbers,
  LANGUAGE_FREE_FILES,
  readContentFiles,
  realProgramFacts,
  spanishPaths,
} from "./content-files";
import { sources } from "@/content/sources";
import { LANGS, localizedPath, type Lang } from "@/lib/i18n/locales";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PAGES_DIR = path.join(ROOT, "content", "pages");
const SERVER_DIR = path.join(ROOT, ".next", "server");
/**
 * The articles the writers worked from; present on the team's machines, absent from a user's clone.
 * CONTENT_SEEDS_DIR points elsewhere, e.g. from a clone that does not sit beside shared/.
 */
const SEEDS_DIR = process.env.CONTENT_SEEDS_DIR
  ? path.resolve(process.env.CONTENT_SEEDS_DIR)
  : path.resolve(ROOT, "..", "shared", "seeds");

function fail(message: string): never {
  console.error(`Content check: ${message}`);
  process.exit(1);
}

function loadSeeds(): SeedIndex | undefined {
  if (!existsSync(SEEDS_DIR)) {
    console.info(`Notice: ${SEEDS_DIR} not found, so the copied-run check is skipped.`);
    return undefined;
  }
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(SEEDS_DIR, name), "utf8") }));
  if (seeds.length === 0) console.info(`Notice: no .txt files in ${SEEDS_DIR}, so the copied-run check finds nothing.`);
  return buildSeedIndex(seeds, contentRules.verbatimRunWords);
}

type PageInLang = { slug: string; lang: Lang; route: string; source: string; built: string | undefined };

/** Each page in each language: content/pages/<slug>.mdx at /<slug>, content/pages/es/<slug>.mdx at /es/<slug>. */
function listPages(serverFiles: readonly string[]): PageInLang[] {
  return LANGS.flatMap((lang) => {
    const dir = path.join(PAGES_DIR, ...(lang === "en" ? [] : [lang]));
    const slugs = existsSync(dir) ? slugsFromFileNames(readdirSync(dir)) : [];
    return slugs.map((slug) => ({
      slug,
      lang,
      route: localizedPath(lang, slug),
      source: path.join(dir, `${slug}.mdx`),
      built: htmlFileForSlug(serverFiles, slug, lang),
    }));
  });
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function main(): void {
  const started = performance.now();
  if (!existsSync(SERVER_DIR)) fail("no build output in .next/server. Run npm run build first.");
  const serverFiles = readdirSync(SERVER_DIR, { recursive: true, encoding: "utf8" });
  const pages = listPages(serverFiles);
  const slugs = [...new Set(pages.filter((p) => p.lang === "en").map((p) => p.slug))];
  if (slugs.length === 0) fail(`no pages in ${PAGES_DIR}.`);

  const seeds = loadSeeds();
  const htmlOf = new Map<string, string>();
  const results = pages.map(({ slug, route, source, built }) => {
    if (!built) {
      if (!contentRules.renderedPerRequest.includes(slug)) {
        fail(`no prerendered HTML for ${route} in .next/server. Run npm run build first.`);
      }
      console.info(`Note: ${route} is rendered per request, so its MDX prose is checked instead of built HTML.`);
      return checkPage({ slug, route, html: mdxProseAsHtml(readFileSync(source, "utf8")) }, seeds);
    }
    const file = path.join(SERVER_DIR, built);
    if (statSync(source).mtimeMs > statSync(file).mtimeMs) {
      console.warn(
        `Warning: ${relative(source)} changed after the last build; run npm run build to check the new text.`,
      );
    }
    const html = readFileSync(file, "utf8");
    htmlOf.set(route, html);
    return checkPage({ slug, route, html }, seeds);
  });

  console.info(formatTable(results));
  for (const r of results.filter((r) => r.skipped > 0)) {
    console.info(`Note: ${r.route} excludes ${r.skipped} element(s) marked data-content-check="skip".`);
  }
  const notes = formatNotes(results);
  if (notes) console.info(`\n${notes}`);
  const failures = formatFailures(results);
  if (failures) console.info(`\n${failures}\n`);

  const builtPages = pages.map(({ route, source }) => ({
    route,
    html: htmlOf.get(route) ?? markdownLinksAsHtml(readFileSync(source, "utf8")),
  }));
  const files: ContentFile[] = readContentFiles(ROOT);
  const englishFiles = files.filter((f) => !isSpanishFile(f.path));
  const spanishFiles = files.filter((f) => isSpanishFile(f.path));
  const known = knownPhoneNumbers();
  const spanishBuiltText = pages
    .filter((p) => p.lang === "es")
    .map(({ route, source }) => ({
      path: route,
      text: mainTextNodes(htmlOf.get(route) ?? mdxProseAsHtml(readFileSync(source, "utf8"))).join("\n"),
    }));
  const ruleResults: [string, Issue[]][] = [
    [
      "Words (one preferred word per concept)",
      findTermIssues(englishFiles.filter((f) => !f.path.endsWith("sources.ts"))),
    ],
    ["Spanish labelling words in the Spanish files", findSpanishLabelIssues(spanishFiles)],
    ["Program facts typed by hand", findHandTypedFacts(files, realProgramFacts())],
    ["Sources without a url or publication number", findSourceIssues(sources)],
    ["Internal links that go nowhere", findBrokenLinks(builtPages, knownPaths(slugs))],
    [
      "Links in the Spanish files that do not go to a Spanish page",
      findSpanishLinkIssues(spanishFiles, spanishPaths(slugs), LANGUAGE_FREE_FILES),
    ],
    [
      "Phone numbers in Spanish text that are none of the known numbers",
      [
        ...findUnknownPhoneNumbers(spanishFiles, known),
        ...findUnknownPhoneNumbers(spanishBuiltText, known, { line: false }),
      ],
    ],
    [
      `English and Spanish pages that disagree on a fact (${slugs.filter((slug) => bothBuilt(slug, htmlOf)).length} built pairs)`,
      htmlTwinIssues(slugs, htmlOf),
    ],
  ];
  for (const [title, issues] of ruleResults) {
    console.info(issues.length === 0 ? `${title}: none.` : `\n${formatIssues(title, issues)}\n`);
  }

  console.info(formatSummary(results, (performance.now() - started) / 1000));
  const ruleFailures = ruleResults.reduce((n, [, issues]) => n + issues.length, 0);
  if (ruleFailures > 0)
    console.info(`Content check failed: ${ruleFailures} problem(s) in the content files and page pairs above.`);
  if (results.some((r) => r.failures.length > 0) || ruleFailures > 0) process.exitCode = 1;
}

/**
 * The HTML twin check (design §3d, HTML level) for each page built in both
 * languages: tel:/sms: links, numbers, <html lang>, canonical and hreflang.
 * A crisis line with no Spanish words is left off the Spanish pages, so its
 * links may be missing there. Admissions is rendered per request and has no
 * built HTML; its MDX is twin-checked at the source level.
 */
const bothBuilt = (slug: string, htmlOf: ReadonlyMap<string, string>) =>
  htmlOf.has(localizedPath("en", slug)) && htmlOf.has(localizedPath("es", slug));

function htmlTwinIssues(slugs: readonly string[], htmlOf: ReadonlyMap<string, string>): Issue[] {
  const englishOnly = englishOnlyCrisisTargets();
  return slugs.flatMap((slug) => {
    const en = htmlOf.get(localizedPath("en", slug));
    const es = htmlOf.get(localizedPath("es", slug));
    if (!en || !es) return [];
    return compareHtmlTwins(slug, htmlTwinFacts(en), htmlTwinFacts(es), { englishOnly }).map((message) => ({
      file: localizedPath("es", slug),
      message,
    }));
  });
}

/** A page with no built HTML (admissions): its Markdown and JSX links, as anchors inside <main>. */
function markdownLinksAsHtml(mdx: string): string {
  const hrefs = [...mdx.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2]);
  return `<main>${hrefs.map((h) => `<a href="${h}"></a>`).join("")}</main>`;
}

main();
