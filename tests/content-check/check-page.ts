import { langOfPath, type Lang } from "@/lib/i18n/locales";
import { extractMainText, type ExtractedText } from "./extract-text";
import { findLabellingWords, type LabelHit } from "./labels";
import { readability } from "./readability";
import { contentRules, fernandezHuertaMinFor, gradeLimitFor, minWordsFor, type ContentRules } from "./rules";
import { checkSpanishText } from "./spanish-check";
import type { InfleszBand } from "./readability-es";
import { findCopiedRuns, type CopiedRun, type SeedIndex } from "./verbatim";

type CommonResult = {
  route: string;
  words: number;
  sentences: number;
  /** Labelling words that fail the page (Spanish warning-level words are in `notes`). */
  labels: LabelHit[];
  /** Undefined when the seed articles are not available and the copy check was skipped. */
  copied: CopiedRun[] | undefined;
  /** Elements excluded with data-content-check="skip". */
  skipped: number;
  /** Why the page fails, in words a writer can act on; empty when it passes. */
  failures: string[];
  /** Reported, never failing: INFLESZ under its goal, warning-level Spanish words. */
  notes: string[];
};

/** An English page: Flesch-Kincaid grade against its ceiling. */
export type EnglishPageResult = CommonResult & { lang: "en"; grade: number; gradeLimit: number };

/** A Spanish page: Fernández-Huerta against its floor, with INFLESZ and Crawford for the report. */
export type SpanishPageResult = CommonResult & {
  lang: "es";
  fernandezHuerta: number;
  fernandezHuertaMin: number;
  inflesz: number;
  infleszBand: InfleszBand | undefined;
  crawford: number;
};

export type PageResult = EnglishPageResult | SpanishPageResult;

type Page = { slug: string; route: string; html: string };

/**
 * Checks one page's <main>. A Spanish route (/es, /es/…) is measured with the
 * Spanish formulas and word list (spanish-check.ts); the extraction, the word
 * minimum and the copied-run check are the same in both languages.
 */
export function checkPage(page: Page, seeds: SeedIndex | undefined, rules: ContentRules = contentRules): PageResult {
  const lang: Lang = langOfPath(page.route);
  let extracted: ExtractedText;
  try {
    extracted = extractMainText(page.html);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const empty = { route: page.route, words: 0, sentences: 0, labels: [], copied: undefined, skipped: 0, notes: [] };
    return lang === "es"
      ? {
          ...empty,
          lang,
          fernandezHuerta: Number.NaN,
          fernandezHuertaMin: fernandezHuertaMinFor(page.slug),
          inflesz: Number.NaN,
          infleszBand: undefined,
          crawford: Number.NaN,
          failures: [reason],
        }
      : { ...empty, lang, grade: Number.NaN, gradeLimit: gradeLimitFor(page.slug, rules), failures: [reason] };
  }
  const { text, skipped } = extracted;
  const copied = seeds && findCopiedRuns(text, seeds);
  const copiedFailures = (copied ?? []).map((run) => `${run.words} words copied from seeds/${run.seed}: "${run.text}"`);

  if (lang === "es") {
    const es = checkSpanishText(page.slug, text);
    return {
      route: page.route,
      lang,
      words: es.words,
      sentences: es.sentences,
      fernandezHuerta: es.fernandezHuerta,
      fernandezHuertaMin: es.fernandezHuertaMin,
      inflesz: es.inflesz,
      infleszBand: es.infleszBand,
      crawford: es.crawford,
      labels: es.labels.filter((hit) => hit.level === "error"),
      copied,
      skipped,
      failures: [...es.failures, ...copiedFailures],
      notes: es.notes,
    };
  }

  const counts = readability(text);
  const labels = findLabellingWords(text);
  const gradeLimit = gradeLimitFor(page.slug, rules);
  const failures: string[] = [];
  const grade = roundGrade(counts.grade);
  if (Number.isNaN(grade)) failures.push("no readable text in <main>");
  else if (grade > gradeLimit) {
    failures.push(
      `reading grade ${grade.toFixed(1)} is above the limit ${gradeLimit.toFixed(1)}: use shorter sentences and everyday words`,
    );
  }
  const minWords = minWordsFor(page.slug, rules);
  if (counts.words < minWords) failures.push(`${counts.words} words of content; at least ${minWords} are needed`);
  for (const hit of labels) {
    failures.push(`labelling word "${hit.match}" in "…${hit.context}…"; say ${hit.suggestion}`);
  }
  failures.push(...copiedFailures);
  return {
    route: page.route,
    lang,
    words: counts.words,
    sentences: counts.sentences,
    grade,
    gradeLimit,
    labels,
    copied,
    skipped,
    failures,
    notes: [],
  };
}

/** Compare at the precision shown, so "8.0" is never reported as above a limit of 8.0. */
function roundGrade(grade: number): number {
  return Math.round(grade * 10) / 10;
}
