import type { Schedule, Weekday } from "@/lib/content/schemas";
import { daysPerWeek, formatDays, formatTimeRange, sortDays, WEEKDAYS } from "@/lib/schedule";

/*
 * A small RFC 5545 (iCalendar) writer for the evening track, enough for one
 * recurring event. https://www.rfc-editor.org/rfc/rfc5545
 */

const CRLF = "\r\n";
/** RFC 5545 section 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

const BYDAY: Record<Weekday, string> = { Mon: "MO", Tue: "TU", Wed: "WE", Thu: "TH", Fri: "FR", Sat: "SA", Sun: "SU" };

/** Escapes a TEXT value (section 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line at 75 octets (section 3.1). Continuation lines start
 * with one space, which counts toward their 75. Splits between characters,
 * never inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

export type CalendarDate = { year: number; month: number; day: number };

/** The first date on or after `from` (its UTC calendar day) that falls on `weekday`. */
export function nextDateOn(weekday: Weekday, from: Date): CalendarDate {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  // getUTCDay() counts from Sunday; WEEKDAYS starts on Monday.
  const today = (new Date(start).getUTCDay() + 6) % 7;
  const ahead = (WEEKDAYS.indexOf(weekday) - today + 7) % 7;
  const date = new Date(start + ahead * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A floating local date-time (section 3.3.5, form #1): "6 PM" wherever the calendar is. */
export function formatLocalDateTime(date: CalendarDate, hhmm: string): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}T${hhmm.replace(":", "")}00`;
}

/** A UTC date-time (form #2), as DTSTAMP requires. */
export function formatUtcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export type EveningCalendarInput = {
  schedule: Pick<Schedule, "eveningBlock" | "calendar">;
  /** Length of the program; the series ends after this many weeks of sessions. */
  weeks: number;
  /** Host name used to make the UID globally unique, e.g. "example.org". */
  host: string;
  /** When the file is made: sets DTSTAMP and the first session (the next first day of the block). */
  now: Date;
};

/** Sessions in the whole series: weeks times the days the block meets. */
export function sessionCount(block: Schedule["eveningBlock"], weeks: number): number {
  return daysPerWeek(block) * weeks;
}

/** The evening track as an iCalendar file with one weekly recurring event. */
export function eveningSessionsCalendar({ schedule, weeks, host, now }: EveningCalendarInput): string {
  const block = schedule.eveningBlock;
  const days = sortDays(block.days);
  const firstDay = days[0];
  if (!firstDay) throw new Error("the evening block has no days");
  const first = nextDateOn(firstDay, now);
  const dtstart = formatLocalDateTime(first, block.start);
  // The summary and description are deliberately plain: no program name, no
  // mention of treatment, nothing about the person.
  const description = `${formatTimeRange(block)}, ${formatDays(days)}, for ${weeks} weeks.`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${host}//Evening sessions//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:evening-sessions-${dtstart}@${host}`,
    `DTSTAMP:${formatUtcDateTime(now)}`,
    `DTSTART:${dtstart}`,
    `DTEND:${formatLocalDateTime(first, block.end)}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => BYDAY[d]).join(",")};COUNT=${sessionCount(block, weeks)}`,
    `SUMMARY:${escapeText(schedule.calendar.summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
