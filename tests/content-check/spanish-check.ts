/**
 * The Spanish side of checkPage: what a Spanish page's text must meet.
 * check-page.ts calls it for Spanish routes, with the same extraction and
 * copied-run check as English; the limits are in rules.ts.
 */
import { readabilityEs, type InfleszBand } from "./readability-es";
import { fernandezHuertaMinFor, minWordsFor, spanishContentRules, type SpanishContentRules } from "./rules";
import { findSpanishLabellingWords, type SpanishLabelHit } from "./spanish-labels";

export type SpanishTextResult = {
  words: number;
  sentences: number;
  /** Rounded to one decimal, as printed; NaN without text. */
  fernandezHuerta: number;
  fernandezHuertaMin: number;
  inflesz: number;
  infleszBand: InfleszBand | undefined;
  crawford: number;
  labels: SpanishLabelHit[];
  /** Why the page fails, in words a writer can act on. */
  failures: string[];
  /** Reported, not failing: INFLESZ under the goal, warning-level words. */
  notes: string[];
};

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Checks the extracted text of a Spanish page (see extract-text.ts). */
export function checkSpanishText(
  slug: string,
  text: string,
  rules: SpanishContentRules = spanishContentRules,
): SpanishTextResult {
  const r = readabilityEs(text);
  const fernandezHuerta = oneDecimal(r.fernandezHuerta);
  const inflesz = oneDecimal(r.inflesz);
  const fernandezHuertaMin = fernandezHuertaMinFor(slug, rules);
  const labels = findSpanishLabellingWords(text);
  const failures: string[] = [];
  const notes: string[] = [];

  if (Number.isNaN(fernandezHuerta)) failures.push("no readable text in <main>");
  else if (fernandezHuerta < fernandezHuertaMin) {
    failures.push(
      `Fernández-Huerta ${fernandezHuerta.toFixed(1)} is below ${fernandezHuertaMin}: use shorter sentences and everyday words`,
    );
  }
  if (!Number.isNaN(inflesz) && inflesz < rules.infleszGoal) {
    notes.push(`INFLESZ ${inflesz.toFixed(1)} (${r.infleszBand}); the goal is ${rules.infleszGoal} (bastante fácil)`);
  }
  const minWords = minWordsFor(slug);
  if (r.words < minWords) failures.push(`${r.words} words of content; at least ${minWords} are needed`);
  for (const hit of labels) {
    const line = `labelling word "${hit.match}" in "…${hit.context}…"; say ${hit.suggestion}`;
    (hit.level === "error" ? failures : notes).push(line);
  }
  return {
    words: r.words,
    sentences: r.sentences,
    fernandezHuerta,
    fernandezHuertaMin,
    inflesz,
    infleszBand: r.infleszBand,
    crawford: oneDecimal(r.crawford),
    labels,
    failures,
    notes,
  };
}
