import { extractMainText, type ExtractedText } from "./extract-text";
import { findLabellingWords, type LabelHit } from "./labels";
import { readability } from "./readability";
import { contentRules, gradeLimitFor, minWordsFor, type ContentRules } from "./rules";
import { findCopiedRuns, type CopiedRun, type SeedIndex } from "./verbatim";

export type PageResult = {
  route: string;
  words: number;
  sentences: number;
  grade: number;
  gradeLimit: number;
  labels: LabelHit[];
  /** Undefined when the seed articles are not available and the copy check was skipped. */
  copied: CopiedRun[] | undefined;
  /** Elements excluded with data-content-check="skip". */
  skipped: number;
  /** Why the page fails, in words a writer can act on; empty when it passes. */
  failures: string[];
};

export function checkPage(
  page: { slug: string; route: string; html: string },
  seeds: SeedIndex | undefined,
  rules: ContentRules = contentRules,
): PageResult {
  const gradeLimit = gradeLimitFor(page.slug, rules);
  let extracted: ExtractedText;
  try {
    extracted = extractMainText(page.html);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      route: page.route,
      words: 0,
      sentences: 0,
      grade: Number.NaN,
      gradeLimit,
      labels: [],
      copied: undefined,
      skipped: 0,
      failures: [reason],
    };
  }
  const { text, skipped } = extracted;
  const counts = readability(text);
  const labels = findLabellingWords(text);
  const copied = seeds && findCopiedRuns(text, seeds);

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
  for (const run of copied ?? []) {
    failures.push(`${run.words} words copied from seeds/${run.seed}: "${run.text}"`);
  }
  return {
    route: page.route,
    words: counts.words,
    sentences: counts.sentences,
    grade,
    gradeLimit,
    labels,
    copied,
    skipped,
    failures,
  };
}

/** Compare at the precision shown, so "8.0" is never reported as above a limit of 8.0. */
function roundGrade(grade: number): number {
  return Math.round(grade * 10) / 10;
}
