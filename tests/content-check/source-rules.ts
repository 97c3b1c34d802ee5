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
 * Each function is pure; run.ts feeds it the real files.
 */
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";

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
  "una",
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
const numberPattern = (n: number, words: readonly string[] = WORDS) => (words[n] ? `(?:${n}|${words[n]})` : String(n));
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
    {
      // The Spanish pages: "8 semanas", "ocho semanas"; a range ("de 8 a 12 semanas") is about other programs.
      label: "program length",
      pattern: new RegExp(`(?<!\\ba )\\b${numberPattern(facts.lengthWeeks, WORDS_ES)} semanas?\\b(?! a )`, "i"),
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

export function formatIssues(title: string, issues: readonly Issue[]): string {
  return [
    `${title}:`,
    ...issues.map((i) => `  - ${i.file}${i.line === undefined ? "" : `:${i.line}`}: ${i.message}`),
  ].join("\n");
}
