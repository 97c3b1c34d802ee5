import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { crisisLinesFor } from "@/content/crisis-lines";
import type { CrisisLine } from "@/lib/content/schemas";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatClock } from "@/lib/i18n/format";
import { LANGS, localizedPath } from "@/lib/i18n/locales";
import { daysPerWeek, hoursPerSession, hoursPerWeek, scheduleTracks } from "@/lib/schedule";
import {
  distinctiveNameWords,
  phoneNumbersIn,
  programFactPatterns,
  type ContentFile,
  type ProgramFact,
} from "./source-rules";

/**
 * Files where program facts are typed on purpose: the program's own data, the
 * schedule, the national help lines and the reference list (citations quote
 * other people's titles and numbers).
 */
export const FACT_SOURCES = [
  "content/program.ts",
  "content/schedule.ts",
  "content/crisis-lines.ts",
  "content/sources.ts",
];

/** content/**: data files and MDX pages, without tests and the files that hold the facts. */
export function readContentFiles(root: string): ContentFile[] {
  const dir = path.join(root, "content");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join("content", f).split(path.sep).join("/"))
    .filter((f) => /\.(ts|mdx)$/.test(f) && !f.endsWith(".test.ts") && !FACT_SOURCES.includes(f))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(path.join(root, f), "utf8") }));
}

/** The program's figures, computed the way the pages compute them. */
export function realProgramFacts(): ProgramFact[] {
  const tracks = scheduleTracks(schedule, program.locations);
  const blocks = [...tracks.map((t) => t.block), ...program.admissionsHours.blocks];
  return programFactPatterns({
    lengthWeeks: program.programLengthWeeks,
    daysPerWeek: tracks.map((t) => daysPerWeek(t.block)),
    hoursPerWeek: tracks.map((t) => hoursPerWeek(t.block)),
    hoursPerSession: tracks.map((t) => hoursPerSession(t.block)),
    clockTimes: LANGS.flatMap((lang) => blocks.flatMap((b) => [formatClock(lang, b.start), formatClock(lang, b.end)])),
    phones: [program.admissionsPhone.display, ...(program.textLine ? [program.textLine.display] : [])],
    names: [
      program.name,
      program.shortName,
      ...distinctiveNameWords(program.shortName),
      ...program.locations.flatMap((l) => [l.name, l.street, l.city]),
      ...(program.displayEmail ? [program.displayEmail] : []),
      ...Object.values(program.admissionsHours.timeZoneName),
    ],
  });
}

/** Files the app serves at one path for both languages. */
export const LANGUAGE_FREE_FILES: ReadonlySet<string> = new Set(["/sitemap.xml", "/robots.txt"]);

/** The calendar file of the evening sessions, one per language (its entries' name is in that language). */
const CALENDAR_FILES = { en: "/evening-sessions.ics", es: "/es/evening-sessions.ics" } as const;

/** Every path an internal link may point to: each content page in each language, plus the files the app serves. */
export function knownPaths(slugs: readonly string[]): Set<string> {
  return new Set([
    ...LANGS.flatMap((lang) => [...slugs.map((slug) => localizedPath(lang, slug)), CALENDAR_FILES[lang]]),
    ...LANGUAGE_FREE_FILES,
  ]);
}

/** The Spanish pages, the only pages a Spanish file may link to. */
export function spanishPaths(slugs: readonly string[]): Set<string> {
  return new Set([...slugs.map((slug) => localizedPath("es", slug)), CALENDAR_FILES.es]);
}

/**
 * The phone numbers a page may show, as ten digits: the program's (admissions,
 * text line) and every number in content/crisis-lines.ts, in either language
 * (the SAMHSA helpline, its TTY line).
 */
export function knownPhoneNumbers(): Set<string> {
  const lines = LANGS.flatMap((lang) => crisisLinesFor(lang));
  const written = [
    program.admissionsPhone.display,
    program.admissionsPhone.e164,
    ...(program.textLine ? [program.textLine.display, program.textLine.e164] : []),
    ...lines.flatMap((l) => [l.number, l.href, l.name, l.action, l.detail]),
  ];
  return new Set(written.flatMap((text) => (text ? phoneNumbersIn(text) : [])));
}

/**
 * The tel: and sms: targets of the crisis lines that have no Spanish words:
 * the Spanish pages leave those lines out, so the HTML twin check lets their
 * links be missing there (compareHtmlTwins' `englishOnly`).
 */
export function englishOnlyCrisisTargets(
  english: readonly CrisisLine[] = crisisLinesFor("en"),
  spanish: readonly CrisisLine[] = crisisLinesFor("es"),
): string[] {
  const inSpanish = new Set(spanish.map((line) => line.id));
  return english
    .filter((line) => !inSpanish.has(line.id))
    .flatMap((line) => [line.href, ...(line.text ? [line.text.href] : [])]);
}
