/**
 * The twin check for data files (design §3d point 10): content/<name>.ts
 * against content/es/<name>.ts. Both export the same names, built with the
 * same schemas, so the check walks the two values side by side:
 *  - ids: the same, in the same order, in every list of items that have one;
 *  - fields: the same, in the same order (a missing `links` or table cell shows here);
 *  - `id`, `serviceIds`, `sources` and the *SourceIds lists: equal, order included,
 *    since a page numbers its sources in first-cited order;
 *  - `href`: the English link with /es in front ("/" is "/es"), fragment unchanged;
 *  - words: the same digit groups (numbersIn: times as HH:MM) in each string, and
 *    in each list of paragraphs taken as one (an FAQ answer may be split differently);
 *  - booleans and numbers: equal.
 * Then the Spanish words alone: no labelling word (spanish-labels.ts, warnings
 * included: a data file quotes nobody), and Fernández-Huerta at or above the
 * Spanish pages' minimum over the file's joined text, one string a line.
 *
 * Pure: it takes the two modules' exports and returns problems.
 */
import { pathInLang } from "@/lib/i18n/locales";
import { readabilityEs, type ReadabilityEs } from "./readability-es";
import { spanishContentRules } from "./rules";
import { findSpanishLabellingWords } from "./spanish-labels";
import { numbersIn } from "./spanish-twin-facts";
import { differences } from "./spanish-twins";

/** A data file's exports, as `import * as file from "…"` gives them. */
export type DataModule = Readonly<Record<string, unknown>>;

export type DataTwinReport = {
  /** What differs or fails, each prefixed with where: "content/es/faqs.ts: faqs[medicine].answer: …". */
  problems: string[];
  /** All the Spanish words of the file, joined one string a line. */
  readability: ReadabilityEs;
};

/** Fields that name things rather than say them: the same in both languages. */
const isIdentifier = (key: string) =>
  key === "id" || key === "serviceIds" || key === "sources" || key.endsWith("SourceIds");

type Walk = { problems: string[]; texts: { path: string; text: string }[] };

export function compareDataTwins(
  english: DataModule,
  spanish: DataModule,
  file: string,
  fernandezHuertaMin: number = spanishContentRules.fernandezHuertaMin,
): DataTwinReport {
  const walk: Walk = { problems: [], texts: [] };
  const enNames = Object.keys(english).sort();
  const esNames = Object.keys(spanish).sort();
  walk.problems.push(...differences("export", enNames, esNames).map((p) => `(exports): ${p}`));
  for (const name of enNames.filter((n) => esNames.includes(n))) {
    compareValues(english[name], spanish[name], name, name, walk);
  }

  for (const { path, text } of walk.texts) {
    for (const hit of findSpanishLabellingWords(text)) {
      walk.problems.push(`${path}: labelling word "${hit.match}" in "…${hit.context}…"; say ${hit.suggestion}`);
    }
  }
  const readability = readabilityEs(walk.texts.map((t) => t.text).join("\n"));
  if (!(readability.fernandezHuerta >= fernandezHuertaMin)) {
    walk.problems.push(
      `(all text): Fernández-Huerta ${readability.fernandezHuerta.toFixed(1)} is below ${fernandezHuertaMin}: use shorter sentences and everyday words`,
    );
  }
  return { problems: walk.problems.map((p) => `${file}: ${p}`), readability };
}

function compareValues(en: unknown, es: unknown, path: string, key: string, walk: Walk): void {
  const problem = (text: string) => walk.problems.push(`${path}: ${text}`);
  if (typeof en === "function" || typeof es === "function") {
    if (typeof en !== typeof es) problem(`a ${kind(en)} in English, a ${kind(es)} in Spanish`);
    return;
  }
  if (isIdentifier(key)) {
    if (JSON.stringify(en) !== JSON.stringify(es)) problem(`differs: English ${show(en)}, Spanish ${show(es)}`);
    return;
  }
  if (key === "href" && typeof en === "string") {
    const expected = en.startsWith("/") ? pathInLang("es", en) : en;
    if (es !== expected)
      problem(`links to ${show(es)}; the English links to ${show(en)}, so link to ${show(expected)}`);
    return;
  }
  if (typeof en === "string" && typeof es === "string") return compareText(en, es, path, walk);
  if (isStringList(en) && isStringList(es)) return compareText(en.join("\n"), es.join("\n"), path, walk);
  if (Array.isArray(en) && Array.isArray(es)) return compareLists(en, es, path, walk);
  if (isRecord(en) && isRecord(es)) {
    const enKeys = Object.keys(en);
    const esKeys = Object.keys(es);
    if (enKeys.join() !== esKeys.join()) {
      problem(`fields differ or are in another order: English ${enKeys.join(", ")}; Spanish ${esKeys.join(", ")}`);
    }
    for (const k of enKeys.filter((k) => Object.hasOwn(es, k))) compareValues(en[k], es[k], `${path}.${k}`, k, walk);
    return;
  }
  if (en !== es) problem(`${show(en)} in English, ${show(es)} in Spanish`);
}

function compareText(en: string, es: string, path: string, walk: Walk): void {
  walk.problems.push(...differences("number", numbersIn(en), numbersIn(es)).map((p) => `${path}: ${p}`));
  walk.texts.push({ path, text: es });
}

/** Items with ids are paired by id, after the ids are compared in order; others by position. */
function compareLists(en: readonly unknown[], es: readonly unknown[], path: string, walk: Walk): void {
  const enIds = idsOf(en);
  const esIds = idsOf(es);
  if (enIds && esIds) {
    if (enIds.join() !== esIds.join()) {
      walk.problems.push(
        `${path}: ids differ or are in another order: English ${enIds.join(", ")}; Spanish ${esIds.join(", ")}`,
      );
    }
    en.forEach((item, i) => {
      const j = esIds.indexOf(enIds[i]!);
      if (j !== -1) compareValues(item, es[j], `${path}[${enIds[i]}]`, "", walk);
    });
    return;
  }
  if (en.length !== es.length) walk.problems.push(`${path}: ${en.length} items in English, ${es.length} in Spanish`);
  for (let i = 0; i < Math.min(en.length, es.length); i++) compareValues(en[i], es[i], `${path}[${i}]`, "", walk);
}

function idsOf(items: readonly unknown[]): string[] | undefined {
  const ids = items.map((item) => (isRecord(item) && typeof item.id === "string" ? item.id : undefined));
  return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string");
}

function kind(value: unknown): string {
  return Array.isArray(value) ? "list" : typeof value;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
