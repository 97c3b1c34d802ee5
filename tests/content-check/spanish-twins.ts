/**
 * The twin check (design §3d): every English page has a Spanish twin with the
 * same slug, and the twins agree on everything that is a fact rather than a
 * word: the sources, the components that render program facts, the internal
 * links (mapped across languages), and the numbers a reader sees. A Spanish
 * page also records which version of its English page it translates, so an
 * English edit fails the check until the Spanish is brought up to date.
 *
 * Why a git blob id and not the English page's date, as the design proposed:
 * a date misses a second edit on the same day and any edit that does not bump
 * lastUpdated, and a commit id needs history that CI's shallow clone lacks.
 * The blob id is computed from the file alone, and `git diff <old> <new>`
 * on two blob ids shows the writer exactly what changed in the English.
 *
 * Pure: it takes facts (spanish-twin-facts.ts) and returns problems.
 */
import { langOfPath, localizedPath, pathInLang } from "@/lib/i18n/locales";
import type { PageFacts } from "./spanish-twin-facts";

/**
 * "not-started": no Spanish pages exist yet, and that is said, not silent: the
 * check passes with a notice naming how many pages lack a twin, and fails as
 * soon as one Spanish page exists, so the setting cannot outlive the edition's start.
 * "required": every page must have its twin.
 */
export type SpanishEdition = "not-started" | "required";

/** Where the edition stands; spanish-twins.content.test.ts checks the real pages against it. Issue 25 sets "required". */
export const SPANISH_EDITION: SpanishEdition = "required";

export type TwinProblem = { route: string; problem: string };
export type TwinReport = { problems: TwinProblem[]; notices: string[] };

/** How many hex digits of a blob id to print: enough to be unique in any repository this size. */
const SHORT_ID = 12;

export function checkTwins(
  english: readonly PageFacts[],
  spanish: readonly PageFacts[],
  edition: SpanishEdition,
): TwinReport {
  for (const p of english) if (p.lang !== "en") throw new Error(`${p.file} is not an English page`);
  for (const p of spanish) if (p.lang !== "es") throw new Error(`${p.file} is not a Spanish page`);

  if (edition === "not-started" && spanish.length === 0) {
    return {
      problems: [],
      notices: [
        `Twin check: the Spanish edition is marked not started, so none of the ${english.length} English pages has a Spanish twin yet.`,
      ],
    };
  }
  const problems: TwinProblem[] = [];
  if (edition === "not-started") {
    problems.push({
      route: localizedPath("es", spanish[0]!.slug),
      problem: `${spanish.length} Spanish page(s) exist, but the twin check is set to "not-started": set it to "required"`,
    });
  }
  const spanishBySlug = new Map(spanish.map((p) => [p.slug, p]));
  const englishSlugs = new Set(english.map((p) => p.slug));
  for (const en of english) {
    const es = spanishBySlug.get(en.slug);
    if (!es) {
      problems.push({
        route: localizedPath("en", en.slug),
        problem: `has no Spanish twin: write content/pages/es/${en.slug}.mdx`,
      });
    } else {
      problems.push(...compareTwins(en, es).map((problem) => ({ route: localizedPath("es", es.slug), problem })));
    }
  }
  for (const es of spanish) {
    if (!englishSlugs.has(es.slug)) {
      problems.push({
        route: localizedPath("es", es.slug),
        problem: `has no English page: every Spanish page translates one (content/pages/${es.slug}.mdx)`,
      });
    }
  }
  return { problems, notices: [] };
}

/** What differs between an English page and its Spanish twin, in words a writer can act on. */
export function compareTwins(en: PageFacts, es: PageFacts): string[] {
  const problems: string[] = [];
  const enRoute = localizedPath("en", en.slug);

  problems.push(...differences("source", en.sources, es.sources, { asSet: true }));
  problems.push(...differences("component", en.components, es.components, { asSet: true }));

  const englishLinks = new Set(es.internalLinks.filter((l) => langOfPath(l) !== "es"));
  for (const link of englishLinks)
    problems.push(`links to the English page ${link}; link to ${pathInLang("es", link)}`);
  // Anchors are compared without their #fragment: heading ids follow the heading's words, which differ by
  // language. A link left in English counts as its Spanish target here, so it is reported once, above.
  const page = (link: string) => pathInLang("es", link).replace(/[?#].*$/, "");
  problems.push(...differences("internal link", en.internalLinks.map(page), es.internalLinks.map(page)));
  problems.push(...differences("number", en.numbers, es.numbers));

  const current = en.blobId.slice(0, SHORT_ID);
  if (!es.translatedFrom) {
    problems.push(
      `says nothing of which English version it translates: once it matches ${en.file}, set translatedFrom: "${current}" in its metadata`,
    );
  } else if (!en.blobId.startsWith(es.translatedFrom)) {
    problems.push(
      `the English page ${enRoute} changed after this translation: \`git diff ${es.translatedFrom} ${current}\` shows what changed; ` +
        `update the Spanish, then set translatedFrom: "${current}"`,
    );
  }
  if (es.date < en.date) {
    problems.push(`its date ${es.date} (lastUpdated ?? lastReviewed) is older than the English page's ${en.date}`);
  }
  return problems;
}

/** Items in one list and not the other, with how many are missing when repeats count; shared with spanish-html-twins.ts. */
export function differences(
  what: string,
  english: readonly string[],
  spanish: readonly string[],
  { asSet = false } = {},
): string[] {
  const count = (items: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, asSet ? 1 : (counts.get(item) ?? 0) + 1);
    return counts;
  };
  const en = count(english);
  const es = count(spanish);
  const problems: string[] = [];
  const describe = (item: string, n: number) => (n > 1 ? `${item} (×${n})` : item);
  const missing = [...en].flatMap(([item, n]) =>
    n > (es.get(item) ?? 0) ? [describe(item, n - (es.get(item) ?? 0))] : [],
  );
  const extra = [...es].flatMap(([item, n]) =>
    n > (en.get(item) ?? 0) ? [describe(item, n - (en.get(item) ?? 0))] : [],
  );
  if (missing.length > 0) problems.push(`${what}s in English but not in Spanish: ${missing.join(", ")}`);
  if (extra.length > 0) problems.push(`${what}s in Spanish but not in English: ${extra.join(", ")}`);
  return problems;
}
