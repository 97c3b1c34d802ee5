import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatClock } from "@/lib/format";
import { LANGS, localizedPath } from "@/lib/i18n/locales";
import { daysPerWeek, hoursPerSession, hoursPerWeek, scheduleTracks } from "@/lib/schedule";
import { distinctiveNameWords, programFactPatterns, type ContentFile, type ProgramFact } from "./source-rules";

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
    clockTimes: blocks.flatMap((b) => [formatClock(b.start), formatClock(b.end)]),
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

/**
 * Every path an internal link may point to: each content page in each language (every English page links to its
 * Spanish twin under /es), plus the files the app serves.
 */
export function knownPaths(slugs: readonly string[]): Set<string> {
  const pages = LANGS.flatMap((lang) => slugs.map((slug) => localizedPath(lang, slug)));
  return new Set([...pages, "/evening-sessions.ics", "/sitemap.xml", "/robots.txt"]);
}
