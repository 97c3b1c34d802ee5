import "server-only";
import { createEvents, type EventAttributes } from "ics";
import { program } from "@/content/program";
import { schedule as scheduleData } from "@/content/schedule";
import { ui } from "@/content/ui";
import type { Schedule, Weekday } from "@/lib/content/schemas";
import { clockMinutes } from "@/lib/format";
import { formatDays, formatTimeRange } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { sessionCount, sortDays, WEEKDAYS } from "@/lib/schedule";
import { siteUrl } from "@/lib/site-url";

/*
 * The evening track as an iCalendar file (RFC 5545), written by the `ics`
 * package: escaping, line folding and date formats are its job. Server only:
 * the routes app/evening-sessions.ics and app/es/evening-sessions.ics build
 * the file, each in its language.
 */

const BYDAY: Record<Weekday, string> = { Mon: "MO", Tue: "TU", Wed: "WE", Thu: "TH", Fri: "FR", Sat: "SA", Sun: "SU" };

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

/** [year, month, day, hour, minute] for `ics`, read as local time and written as floating time: "6 PM" wherever the calendar is. */
function localDateTime(date: CalendarDate, hhmm: string): [number, number, number, number, number] {
  const minutes = clockMinutes(hhmm);
  return [date.year, date.month, date.day, Math.floor(minutes / 60), minutes % 60];
}

export type EveningCalendarInput = {
  lang: Lang;
  schedule: Pick<Schedule, "eveningBlock" | "calendar">;
  /** Length of the program; the series ends after this many weeks of sessions. */
  weeks: number;
  /** Host name used to make the UID globally unique, e.g. "example.org". */
  host: string;
  /** When the file is made: sets DTSTAMP and the first session (the next first day of the block). */
  now: Date;
};

/** The evening track as an iCalendar file with one weekly recurring event. */
export function eveningSessionsCalendar({ lang, schedule, weeks, host, now }: EveningCalendarInput): string {
  const block = schedule.eveningBlock;
  const days = sortDays(block.days);
  const firstDay = days[0];
  if (!firstDay) throw new Error("the evening block has no days");
  const first = nextDateOn(firstDay, now);
  const start = localDateTime(first, block.start);
  // `ics` validates and writes DTSTAMP from `timestamp` (its schema, dist/schema/index.js), though its types omit it.
  const event: EventAttributes & { timestamp: number } = {
    uid: `evening-sessions-${first.year}-${first.month}-${first.day}@${host}`,
    timestamp: now.getTime(),
    start,
    end: localDateTime(first, block.end),
    startInputType: "local",
    startOutputType: "local",
    recurrenceRule: `FREQ=WEEKLY;BYDAY=${days.map((d) => BYDAY[d]).join(",")};COUNT=${sessionCount(block, weeks)}`,
    // Deliberately plain: no program name, no mention of treatment, nothing about the person.
    title: schedule.calendar.summary[lang],
    description: ui[lang].schedule.calendar.description(formatTimeRange(lang, block), formatDays(lang, days), weeks),
  };
  const productId = `-//${host}//Evening sessions//${lang.toUpperCase()}`;
  const { error, value } = createEvents([event], { productId, method: "PUBLISH" });
  if (error || !value) throw error ?? new Error("ics wrote no calendar");
  return value;
}

/** The response of a calendar route: the program's evening sessions in `lang`, made now, as a download. */
export function eveningSessionsResponse(lang: Lang): Response {
  const body = eveningSessionsCalendar({
    lang,
    schedule: scheduleData,
    weeks: program.programLengthWeeks,
    host: new URL(siteUrl).hostname,
    now: new Date(),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="evening-sessions.ics"',
    },
  });
}
