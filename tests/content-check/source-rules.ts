/**
 * Rules the content check runs on the content files themselves (content/**),
 * so a failure names the file and line a writer has to change:
 *  - one preferred word per concept (TERMS);
 *  - no program fact typed by hand where it should come from content/program.ts
 *    or content/schedule.ts (weeks, days, hours, clock times, phone numbers, the
 *    program's name, its places and its e-mail);
 *  - every source has a URL or a publication number;
 *  - every internal link in a built page goes to a page that exists, and to an
 *    element with that id when it has a #fragment.
 * And on the Spanish files (content/pages/es/*.mdx, content/es/*.ts), in place
 * of the English term list:
 *  - the Spanish labelling words (spanish-labels.ts);
 *  - every internal link goes to an /es page that exists;
 *  - no phone number that is not one of the known numbers (design §3d, point 9).
 * The hand-typed facts rule covers both languages: its patterns have Spanish forms.
 * Each function is pure; run.ts feeds it the real files.
 */
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { langOfPath } from "@/lib/i18n/locales";
import { findSpanishLabellingWords } from "./spanish-labels";

export type ContentFile = { path: string; text: string };
export type Issue = { file: string; line?: number; message: string };

export type Term = {
  /** What the words name, for the message. */
  concept: string;
  preferred: string;
  avoid: RegExp[];
};

/** One word per concept, chosen once (content review December 2026, section 2). */
export const TERMS: readonly Term[] = [
  {
    concept: "the person you see for one-to-one sessions and the assessment",
    preferred: "counselor",
    avoid: [/\btherapists?\b/i, /\bclinicians?\b/i, /\bassessors?\b/i, /\bbehavioral health professionals?\b/i],
  },
  {
    concept: "the level of care below IOP",
    preferred: "standard outpatient care",
    avoid: [/\bregular outpatient\b/i, /\bweekly counseling\b/i, /\bstandard outpatient counseling\b/i],
  },
  { concept: "time alone with your counselor", preferred: "one-to-one", avoid: [/\bone-on-one\b/i] },
  { concept: "alumni sessions after the program", preferred: "free", avoid: [/\bno extra cost\b/i] },
];

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

function* matches(text: string, pattern: RegExp): Generator<{ index: number; found: string }> {
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  for (const m of text.matchAll(global)) yield { index: m.index, found: m[0] };
}

export function findTermIssues(files: readonly ContentFile[], terms: readonly Term[] = TERMS): Issue[] {
  const issues: Issue[] = [];
  for (const file of files) {
    for (const term of terms) {
      for (const pattern of term.avoid) {
        for (const { index, found } of matches(file.text, pattern)) {
          issues.push({
            file: file.path,
            line: lineOf(file.text, index),
            message: `"${found}": say "${term.preferred}" for ${term.concept}`,
          });
        }
      }
    }
  }
  return issues;
}

export type ProgramFact = { label: string; pattern: RegExp; from: string };

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const WORDS_ES = [
  "cero",
  "una?|uno",
  "dos",
  "tres",
  "cuatro",
  "cinco",
  "seis",
  "siete",
  "ocho",
  "nueve",
  "diez",
  "once",
  "doce",
];
const numberPattern = (n: number) => (WORDS[n] ? `(?:${n}|${WORDS[n]})` : String(n));
const numberPatternEs = (n: number) => (WORDS_ES[n] ? `(?:${n}|${WORDS_ES[n]})` : String(n));
/** "a la", "por", "cada", "de la", "en la" between a count and "semana". */
const A_WEEK_ES = "(?: a la| por| cada| de la| en la| en una)? semana";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The program's own figures as patterns. A range such as "8 to 12 weeks" is
 * about other programs and does not match "8 weeks".
 */
export function programFactPatterns(facts: {
  lengthWeeks: number;
  daysPerWeek: number[];
  hoursPerWeek: number[];
  hoursPerSession: number[];
  clockTimes: string[];
  phones: string[];
  /** The program's name and short name, its locations' names, streets and cities, its e-mail and time zone name. */
  names?: string[];
}): ProgramFact[] {
  const from = "content/program.ts or content/schedule.ts";
  const list: ProgramFact[] = [
    {
      label: "program length",
      pattern: new RegExp(`(?<!to )\\b${numberPattern(facts.lengthWeeks)}[- ]weeks?\\b(?! to)`, "i"),
      from: "<ProgramLength /> or program.programLengthWeeks",
    },
    ...[...new Set(facts.daysPerWeek)].map((n) => ({
      label: "days a week",
      pattern: new RegExp(`\\b${numberPattern(n)} (?:days|evenings|mornings|nights)(?: a| per| each)? week`, "i"),
      from,
    })),
    ...[...new Set(facts.hoursPerWeek)].map((n) => ({
      label: "hours a week",
      pattern: new RegExp(`\\b${numberPattern(n)} hours(?: a| per| each)? week`, "i"),
      from,
    })),
    ...[...new Set(facts.hoursPerSession)].map((n) => ({
      label: "hours a session",
      pattern: new RegExp(`\\b${numberPattern(n)}[- ]hours?(?: a| per| each)? (?:session|day|evening|block)`, "i"),
      from,
    })),
    ...[...new Set(facts.clockTimes)].map((t) => ({
      label: "session or phone time",
      pattern: new RegExp(`\\b${escape(t)}`, "i"),
      from,
    })),
  ];
  list.push(...spanishFactPatterns(facts));
  for (const phone of facts.phones) {
    list.push({ label: "phone number", pattern: new RegExp(escape(phone)), from: "<AdmissionsPhone /> or program.ts" });
  }
  for (const name of new Set(facts.names ?? [])) {
    list.push({
      label: "program name or place",
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "u"),
      from: "<ProgramName />, program.locations or program.ts",
    });
  }
  // Any other US number written out (the program's, or a help line's): they live in program.ts and crisis-lines.ts.
  list.push({
    label: "phone number",
    pattern: /(?:\(\d{3}\) ?|\b\d{3}-|\b1-\d{3}-)\d{3}-\d{4}\b/,
    from: "content/program.ts or content/crisis-lines.ts",
  });
  return list;
}

/**
 * The same figures as a Spanish writer types them: "8 semanas", "cuatro tardes
 * por semana", "12 horas a la semana", "sesiones de 3 horas", "6:00 p.m." or
 * "18:00". A range ("de 6 a 8 semanas", "entre 8 y 12 semanas") is about
 * other programs and does not match.
 */
function spanishFactPatterns(facts: Parameters<typeof programFactPatterns>[0]): ProgramFact[] {
  const from = "content/program.ts or content/schedule.ts";
  const unique = <T>(items: readonly T[]) => [...new Set(items)];
  const L = "(?<![\\p{L}\\p{N}])";
  const R = "(?![\\p{L}\\p{N}])";
  const es = (source: string) => new RegExp(source, "iu");
  return [
    {
      label: "program length",
      pattern: es(`(?<!${L}(?:a|y|o) )${L}${numberPatternEs(facts.lengthWeeks)}[- ]semanas?${R}(?! (?:a|y|o) \\d)`),
      from: "<ProgramLength /> or program.programLengthWeeks",
    },
    ...unique(facts.daysPerWeek).map((n) => ({
      label: "days a week",
      pattern: es(`${L}${numberPatternEs(n)} (?:días|tardes|mañanas|noches|veces)${A_WEEK_ES}`),
      from,
    })),
    ...unique(facts.hoursPerWeek).map((n) => ({
      label: "hours a week",
      pattern: es(`${L}${numberPatternEs(n)} horas(?:${A_WEEK_ES}| semanales)`),
      from,
    })),
    ...unique(facts.hoursPerSession).map((n) => ({
      label: "hours a session",
      pattern: es(
        `(?:${L}${numberPatternEs(n)} horas? (?:por|cada|al|de) (?:sesión|día|tarde|noche|mañana|bloque))|` +
          `(?:${L}(?:sesi(?:ón|ones)|bloques?|tardes?|noches?|mañanas?) de ${numberPatternEs(n)} horas${R})`,
      ),
      from,
    })),
    ...unique(facts.clockTimes).flatMap((t) => {
      const m = /^(\d{1,2}):(\d{2})\s*([AP])M$/i.exec(t.replace(/\u202f/g, " "));
      if (!m) return [];
      const [, h = "", mm = "", period = ""] = m;
      const pm = period.toUpperCase() === "P";
      const hour24 = (Number(h) % 12) + (pm ? 12 : 0);
      const dayPart = pm ? "p\\.? ?m\\.?|de la (?:tarde|noche)|del mediodía" : "a\\.? ?m\\.?|de la mañana";
      return [
        { label: "session or phone time", pattern: es(`${L}0?${h}:${mm} ?(?:${dayPart})(?![\\p{L}])`), from },
        // 24-hour clock, as many Spanish speakers write it; "9:00" alone is 9 in the morning.
        ...(pm && hour24 === Number(h)
          ? []
          : [
              {
                label: "session or phone time",
                pattern: es(`${L}0?${hour24}:${mm}${R}(?! ?(?:[ap]\\.? ?m|de la))`),
                from,
              },
            ]),
      ];
    }),
  ];
}

/** "Riverbend" from "Riverbend IOP", "Eastside" from "Eastside Clinic": the words that say which one, not what kind. */
export function distinctiveNameWords(...names: string[]): string[] {
  const generic = /^(intensive|outpatient|program|iop|clinic|center|recovery|the|of|and)$/i;
  return names.flatMap((n) => n.split(/[^\p{L}\p{N}'-]+/u)).filter((w) => w.length > 2 && !generic.test(w));
}

export function findHandTypedFacts(files: readonly ContentFile[], facts: readonly ProgramFact[]): Issue[] {
  const issues: Issue[] = [];
  for (const file of files) {
    const seen = new Set<number>();
    for (const fact of facts) {
      for (const { index, found } of matches(file.text, fact.pattern)) {
        if (seen.has(index)) continue;
        seen.add(index);
        issues.push({
          file: file.path,
          line: lineOf(file.text, index),
          message: `${fact.label} "${found}" typed by hand; take it from ${fact.from}`,
        });
      }
    }
  }
  return issues;
}

export function findSourceIssues(sources: Readonly<Record<string, { url?: string; publication?: string }>>): Issue[] {
  return Object.entries(sources)
    .filter(([, s]) => !s.url?.trim() && !s.publication?.trim())
    .map(([id]) => ({
      file: "content/sources.ts",
      message: `source "${id}" has neither a url nor a publication number, so no reviewer can open it`,
    }));
}

/** Internal links in <main> whose page, or whose #fragment on that page, does not exist. */
export function findBrokenLinks(
  pages: readonly { route: string; html: string }[],
  knownPaths: ReadonlySet<string>,
): Issue[] {
  const idsByRoute = new Map<string, Set<string>>();
  const linksByRoute = new Map<string, string[]>();
  for (const page of pages) {
    const tree = fromHtml(page.html);
    const ids = new Set(selectAll("[id]", tree).map((el) => String((el as Element).properties.id)));
    idsByRoute.set(page.route, ids);
    const main = select("main", tree);
    const hrefs = main
      ? selectAll("a[href]", main)
          .map((a) => String((a as Element).properties.href))
          .filter((href) => href.startsWith("/") && !href.startsWith("//"))
      : [];
    linksByRoute.set(page.route, hrefs);
  }
  const issues: Issue[] = [];
  for (const [route, hrefs] of linksByRoute) {
    for (const href of new Set(hrefs)) {
      const [pathPart = "", fragment] = href.split("#");
      const target = pathPart.replace(/\/$/, "") || "/";
      if (!knownPaths.has(target)) {
        issues.push({ file: route, message: `link to ${href}: there is no page ${target}` });
        continue;
      }
      const ids = idsByRoute.get(target);
      if (fragment && ids && !ids.has(decodeURIComponent(fragment))) {
        issues.push({ file: route, message: `link to ${href}: ${target} has no element with id "${fragment}"` });
      }
    }
  }
  return issues;
}

/** The Spanish edition's files: content/pages/es/*.mdx and content/es/*.ts. */
export function isSpanishFile(file: string): boolean {
  return /^content\/(?:pages\/)?es\//.test(file);
}

/** Spanish labelling words (error level) in the Spanish files; the warning-level ones are notes on the built pages. */
export function findSpanishLabelIssues(files: readonly ContentFile[]): Issue[] {
  return files.flatMap((file) =>
    findSpanishLabellingWords(file.text)
      .filter((hit) => hit.level === "error")
      .map((hit) => ({
        file: file.path,
        line: lineOf(file.text, hit.index),
        message: `labelling word "${hit.match}"; say ${hit.suggestion}`,
      })),
  );
}

/** Internal links as written in MDX and data files: ](/x), href="/x", href: "/x", href={"/x"}. */
const SOURCE_LINK = /\]\((\/[^)\s]*)\)|href(?:=\{?|: ?)["'`](\/[^"'`\s]*)["'`]/g;

/**
 * Internal links in Spanish files: each goes to an /es page that exists (a
 * Spanish reader should not land on an English page), or to one of the files
 * the site serves in no language (`files`, such as /evening-sessions.ics).
 */
export function findSpanishLinkIssues(
  files: readonly ContentFile[],
  spanishPaths: ReadonlySet<string>,
  languageFreeFiles: ReadonlySet<string>,
): Issue[] {
  const issues: Issue[] = [];
  for (const file of files) {
    for (const m of file.text.matchAll(SOURCE_LINK)) {
      const href = m[1] ?? m[2] ?? "";
      if (href.startsWith("//")) continue;
      const target = href.replace(/[?#].*$/, "").replace(/(?<=.)\/$/, "");
      const at = { file: file.path, line: lineOf(file.text, m.index) };
      if (languageFreeFiles.has(target)) continue;
      if (langOfPath(target) !== "es") {
        issues.push({
          ...at,
          message: `link to the English page ${href} in Spanish text; link to /es${target === "/" ? "" : target}`,
        });
      } else if (!spanishPaths.has(target)) {
        issues.push({ ...at, message: `link to ${href}: there is no Spanish page ${target}` });
      }
    }
  }
  return issues;
}

/**
 * A US phone number however it is written: "(555) 555-0142", "555-555-0142",
 * "555.555.0142", "555 555 0142", "1-800-662-4357", "+1 800 662 4357".
 */
const ANY_PHONE = /(?<![\d+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?!\d)/g;

/** A phone number's ten digits, without the country code. */
export function phoneDigits(written: string): string {
  const digits = written.replace(/\D/g, "");
  return digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
}

/** Every phone number in a text, as ten digits; for the list of known numbers. */
export function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(ANY_PHONE)].map((m) => phoneDigits(m[0]));
}

/**
 * Phone numbers in Spanish text that are none of the known numbers (the
 * program's, the crisis lines'): a digit slipped in translation, or a number
 * from somewhere else (design §3d, point 9). `known` holds ten-digit strings.
 * Give `line: false` for a built page's text, where a line number means nothing.
 */
export function findUnknownPhoneNumbers(
  files: readonly ContentFile[],
  known: ReadonlySet<string>,
  { line = true }: { line?: boolean } = {},
): Issue[] {
  return files.flatMap((file) =>
    [...file.text.matchAll(ANY_PHONE)]
      .filter((m) => !known.has(phoneDigits(m[0])))
      .map((m) => ({
        file: file.path,
        ...(line ? { line: lineOf(file.text, m.index) } : {}),
        message: `phone number "${m[0].trim()}" is none of the known numbers (content/program.ts, content/crisis-lines.ts)`,
      })),
  );
}

export function formatIssues(title: string, issues: readonly Issue[]): string {
  return [
    `${title}:`,
    ...issues.map((i) => `  - ${i.file}${i.line === undefined ? "" : `:${i.line}`}: ${i.message}`),
  ].join("\n");
}
