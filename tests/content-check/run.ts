/**
 * The content check: `npm run check:content` (after `npm run build`).
 * Reads each route's prerendered HTML and checks the text of <main> for
 * reading grade, length, labelling words and runs copied from the seed
 * articles. Limits are in rules.ts; what text is read is in extract-text.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkPage } from "./check-page";
import { mdxProseAsHtml } from "./extract-text";
import { formatFailures, formatSummary, formatTable } from "./report";
import { htmlFileForSlug, routeForSlug, slugsFromFileNames } from "./routes";
import { contentRules } from "./rules";
import { buildSeedIndex, type SeedIndex } from "./verbatim";
import {
  findBrokenLinks,
  findHandTypedFacts,
  findSourceIssues,
  findTermIssues,
  formatIssues,
  type ContentFile,
  type Issue,
} from "./source-rules";
import { knownPaths, readContentFiles, realProgramFacts } from "./content-files";
import { sources } from "@/content/sources";

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

function main(): void {
  const started = performance.now();
  const slugs = slugsFromFileNames(readdirSync(PAGES_DIR));
  if (slugs.length === 0) fail(`no pages in ${PAGES_DIR}.`);
  if (!existsSync(SERVER_DIR)) fail("no build output in .next/server. Run npm run build first.");
  const serverFiles = readdirSync(SERVER_DIR, { recursive: true, encoding: "utf8" });

  const seeds = loadSeeds();
  const results = slugs.map((slug) => {
    const route = routeForSlug(slug);
    const built = htmlFileForSlug(serverFiles, slug);
    const source = path.join(PAGES_DIR, `${slug}.mdx`);
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
        `Warning: content/pages/${slug}.mdx changed after the last build; run npm run build to check the new text.`,
      );
    }
    return checkPage({ slug, route, html: readFileSync(file, "utf8") }, seeds);
  });

  console.info(formatTable(results));
  for (const r of results.filter((r) => r.skipped > 0)) {
    console.info(`Note: ${r.route} excludes ${r.skipped} element(s) marked data-content-check="skip".`);
  }
  const failures = formatFailures(results);
  if (failures) console.info(`\n${failures}\n`);

  const builtPages = slugs.flatMap((slug) => {
    const built = htmlFileForSlug(serverFiles, slug);
    const route = routeForSlug(slug);
    if (built) return [{ route, html: readFileSync(path.join(SERVER_DIR, built), "utf8") }];
    return [{ route, html: markdownLinksAsHtml(readFileSync(path.join(PAGES_DIR, `${slug}.mdx`), "utf8")) }];
  });
  const files: ContentFile[] = readContentFiles(ROOT);
  const ruleResults: [string, Issue[]][] = [
    ["Words (one preferred word per concept)", findTermIssues(files.filter((f) => !f.path.endsWith("sources.ts")))],
    ["Program facts typed by hand", findHandTypedFacts(files, realProgramFacts())],
    ["Sources without a url or publication number", findSourceIssues(sources)],
    ["Internal links that go nowhere", findBrokenLinks(builtPages, knownPaths(slugs))],
  ];
  for (const [title, issues] of ruleResults) {
    console.info(issues.length === 0 ? `${title}: none.` : `\n${formatIssues(title, issues)}\n`);
  }

  console.info(formatSummary(results, (performance.now() - started) / 1000));
  const ruleFailures = ruleResults.reduce((n, [, issues]) => n + issues.length, 0);
  if (ruleFailures > 0) console.info(`Content check failed: ${ruleFailures} problem(s) in the content files.`);
  if (results.some((r) => r.failures.length > 0) || ruleFailures > 0) process.exitCode = 1;
}

/** A page with no built HTML (admissions): its Markdown and JSX links, as anchors inside <main>. */
function markdownLinksAsHtml(mdx: string): string {
  const hrefs = [...mdx.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2]);
  return `<main>${hrefs.map((h) => `<a href="${h}"></a>`).join("")}</main>`;
}

main();
