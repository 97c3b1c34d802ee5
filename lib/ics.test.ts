import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { eveningSessionsCalendar, nextDateOn } from "./ics";
import { sessionCount, sortDays, WEEKDAYS } from "./schedule";

const encoder = new TextEncoder();

/** Reverses folding (section 3.1) and splits "NAME;PARAMS:VALUE" lines. */
function parseIcs(text: string): { name: string; value: string }[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      return { name: line.slice(0, colon).split(";")[0] ?? "", value: line.slice(colon + 1) };
    });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

const now = new Date("2026-11-20T15:04:05Z"); // a Friday
const ics = eveningSessionsCalendar({
  lang: "en",
  schedule,
  weeks: program.programLengthWeeks,
  host: "example.org",
  now,
});
const props = parseIcs(ics);
const get = (name: string) => props.filter((p) => p.name === name).map((p) => p.value);

describe("nextDateOn", () => {
  it("finds the same day or the next matching weekday", () => {
    expect(nextDateOn("Fri", now)).toEqual({ year: 2026, month: 11, day: 20 });
    expect(nextDateOn("Mon", now)).toEqual({ year: 2026, month: 11, day: 23 });
    expect(nextDateOn("Thu", now)).toEqual({ year: 2026, month: 11, day: 26 });
  });

  it("crosses month and year ends", () => {
    expect(nextDateOn("Mon", new Date("2026-12-29T12:00:00Z"))).toEqual({ year: 2027, month: 1, day: 4 });
  });
});

describe("evening sessions calendar", () => {
  it("escapes and folds text a provider writes, so it reads back as written", () => {
    const summary = "Evening group; bring water, a notebook\\pen. " + "Café ☕ ".repeat(12);
    const calendar = eveningSessionsCalendar({
      lang: "en",
      schedule: { ...schedule, calendar: { summary: { en: summary, es: summary } } },
      weeks: 1,
      host: "example.org",
      now,
    });
    const unfolded = calendar.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("SUMMARY:Evening group\\; bring water\\, a notebook\\\\pen.");
    const written = parseIcs(calendar).find((p) => p.name === "SUMMARY")?.value ?? "";
    expect(unescapeText(written)).toBe(summary);
  });

  it("uses CRLF line breaks only and ends with one", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps every physical line within 75 octets", () => {
    for (const line of ics.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });

  it("is one VCALENDAR holding one VEVENT, with the required properties", () => {
    expect(props[0]).toEqual({ name: "BEGIN", value: "VCALENDAR" });
    expect(props[props.length - 1]).toEqual({ name: "END", value: "VCALENDAR" });
    expect(get("BEGIN")).toEqual(["VCALENDAR", "VEVENT"]);
    expect(get("VERSION")).toEqual(["2.0"]);
    expect(get("PRODID")).toHaveLength(1);
    expect(get("UID")[0]).toMatch(/@example\.org$/);
    expect(get("DTSTAMP")).toEqual(["20261120T150405Z"]);
  });

  it("repeats weekly on the evening block's days, for the whole program", () => {
    const rule = Object.fromEntries((get("RRULE")[0] ?? "").split(";").map((part) => part.split("=")));
    expect(rule.FREQ).toBe("WEEKLY");
    const days = (rule.BYDAY ?? "").split(",");
    const expected = sortDays(schedule.eveningBlock.days).map((d) => d.slice(0, 2).toUpperCase());
    expect(days).toEqual(expected);
    expect(Number(rule.COUNT)).toBe(schedule.eveningBlock.days.length * program.programLengthWeeks);
    expect(Number(rule.COUNT)).toBe(sessionCount(schedule.eveningBlock, program.programLengthWeeks));
  });

  it("starts on the block's first day at its start time, as floating local time", () => {
    const start = get("DTSTART")[0] ?? "";
    const end = get("DTEND")[0] ?? "";
    expect(start).toMatch(/^\d{8}T\d{6}$/); // no Z, no TZID: 6 PM local
    expect(start.slice(9, 13)).toBe(schedule.eveningBlock.start.replace(":", ""));
    expect(end.slice(9, 13)).toBe(schedule.eveningBlock.end.replace(":", ""));
    const date = new Date(Date.UTC(+start.slice(0, 4), +start.slice(4, 6) - 1, +start.slice(6, 8)));
    const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
    expect(weekday).toBe(sortDays(schedule.eveningBlock.days)[0]);
    expect(date.getTime()).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 20));
  });

  it("says nothing that would reveal treatment or who the file is for", () => {
    expect(unescapeText(get("SUMMARY")[0] ?? "")).toBe(schedule.calendar.summary.en);
    const text = ics.replace(/\r\n /g, "");
    for (const word of [program.name, program.shortName, "IOP", "treatment", "addiction", "recovery"]) {
      expect(text.toLowerCase()).not.toContain(word.toLowerCase());
    }
    expect(get("ATTENDEE")).toEqual([]);
    expect(get("ORGANIZER")).toEqual([]);
  });
});

describe("the Spanish calendar", () => {
  const es = eveningSessionsCalendar({
    lang: "es",
    schedule,
    weeks: program.programLengthWeeks,
    host: "example.org",
    now,
  });
  const esProps = parseIcs(es);
  const esGet = (name: string) => esProps.filter((p) => p.name === name).map((p) => unescapeText(p.value));

  it("names each entry with the Spanish summary, which names no treatment", () => {
    expect(esGet("SUMMARY")).toEqual([schedule.calendar.summary.es]);
    expect(schedule.calendar.summary.es).toBe("Sesión de la tarde");
    const text = es.replace(/\r\n /g, "").toLowerCase();
    for (const word of [program.name, program.shortName, "IOP", "tratamiento", "adicción", "recuperación", "consumo"]) {
      expect(text).not.toContain(word.toLowerCase());
    }
  });

  it("describes the same days, times and weeks in Spanish, and keeps the same series", () => {
    const [description] = esGet("DESCRIPTION");
    expect(description).toMatch(/^de \d{1,2}:\d{2} p\.m\. a \d{1,2}:\d{2} p\.m\., /);
    expect(description).toContain(`durante ${program.programLengthWeeks} semanas.`);
    for (const name of ["RRULE", "DTSTART", "DTEND", "UID"]) expect(esGet(name)).toEqual(get(name).map(unescapeText));
    for (const line of es.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });
});
