import "server-only";
import type { TimeBlock, Weekday } from "@/lib/content/schemas";
import { sortDays, WEEKDAYS } from "@/lib/schedule";
import { INTL_LOCALE, type Lang } from "./locales";
import { perLang } from "./per-lang";

/**
 * Facts formatted per language, from Intl: days, times, dates, lists, hours.
 * English output is exactly what lib/format.ts and lib/schedule.ts print today
 * (the tests compare them), so a page can switch to these calls with a `lang`
 * and change nothing in English. Server-only: the first Intl call loads
 * locale data, about 55 ms on a desktop core (lib/format.ts), which a phone
 * should never pay; pages pass the formatted strings down.
 */

/** Intl objects are costly to build: one of each per language, built on first use (perLang). */
const clockFormat = perLang(
  (lang) =>
    new Intl.DateTimeFormat(INTL_LOCALE[lang], {
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h12",
      timeZone: "UTC",
    }),
);
const dateFormat = perLang(
  (lang) =>
    new Intl.DateTimeFormat(INTL_LOCALE[lang], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
);
const weekdayFormat = perLang(
  (lang) => new Intl.DateTimeFormat(INTL_LOCALE[lang], { weekday: "long", timeZone: "UTC" }),
);
const weekdayShortFormat = perLang(
  (lang) => new Intl.DateTimeFormat(INTL_LOCALE[lang], { weekday: "short", timeZone: "UTC" }),
);
/**
 * The site writes English lists without the serial comma ("Monday, Wednesday
 * and Friday", lib/schedule.ts); en-US would add one, en-GB does not. es-US
 * gives "martes y jueves", and "e" before an i sound ("Ana e Inés").
 */
const listFormat = perLang(
  (lang) => new Intl.ListFormat(lang === "en" ? "en-GB" : INTL_LOCALE[lang], { type: "conjunction" }),
);
/** "1 hour 15 minutes" in English as today; Spanish joins them: "1 hora y 15 minutos". */
const durationFormat = perLang((lang) =>
  lang === "en"
    ? new Intl.ListFormat("en", { type: "unit", style: "narrow" })
    : new Intl.ListFormat(INTL_LOCALE[lang], { type: "conjunction" }),
);
const unitFormat = (unit: "hour" | "minute") =>
  perLang(
    (lang) =>
      new Intl.NumberFormat(INTL_LOCALE[lang], {
        style: "unit",
        unit,
        unitDisplay: "long",
        maximumFractionDigits: 2,
      }),
  );
const hourFormat = unitFormat("hour");
const minuteFormat = unitFormat("minute");

/** How each language joins two ends of a range: "Monday to Thursday", "de lunes a jueves". */
const RANGE: Readonly<Record<Lang, (from: string, to: string) => string>> = {
  en: (from, to) => `${from} to ${to}`,
  es: (from, to) => `de ${from} a ${to}`,
};

/** "2026-11-12" -> "November 12, 2026" | "12 de noviembre de 2026", independent of the server's time zone. */
export function formatDate(lang: Lang, isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return dateFormat(lang).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/**
 * "18:00" -> "6:00 PM" | "6:00 p.m.". Intl gives the hour and the day period;
 * the day period is written without inner spaces, because some ICU versions
 * and Spanish locales print "p. m." (es-ES; the RAE's form), and a space there
 * would split the time across lines and make "p." read as a sentence end in
 * the readability check. The space before it is a plain space in both
 * languages (en-US Intl prints U+202F since ICU 72), as lib/format.ts writes it.
 */
export function formatClock(lang: Lang, hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  const parts = clockFormat(lang).formatToParts(new Date(Date.UTC(2000, 0, 1, h!, m!)));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const period = part("dayPeriod").replace(/\s+/gu, "");
  return `${part("hour")}:${part("minute")} ${lang === "en" ? period.toUpperCase() : period.toLowerCase()}`;
}

/** "Mon" -> "Monday" | "lunes" (Spanish day names are lower-case). */
export function weekdayName(lang: Lang, day: Weekday): string {
  // 1 January 2024 was a Monday, and WEEKDAYS starts on Monday.
  return weekdayFormat(lang).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));
}

/** "Mon" -> "Mon" | "lun": for a narrow table on a phone, beside the full name for screen readers. */
export function weekdayShort(lang: Lang, day: Weekday): string {
  return weekdayShortFormat(lang).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));
}

/** ["A", "B", "C"] -> "A, B and C" | "A, B y C". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return listFormat(lang).format(items);
}

/**
 * Three or more days in a row as a range, else a list:
 * ["Mon","Tue","Wed","Thu"] -> "Monday to Thursday" | "de lunes a jueves";
 * ["Tue","Thu"] -> "Tuesday and Thursday" | "martes y jueves".
 */
export function formatDays(lang: Lang, days: readonly Weekday[]): string {
  const sorted = sortDays(days);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "";
  const consecutive = WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first) === sorted.length - 1;
  if (sorted.length >= 3 && consecutive) return RANGE[lang](weekdayName(lang, first), weekdayName(lang, last));
  return formatList(
    lang,
    sorted.map((d) => weekdayName(lang, d)),
  );
}

/** "6:00 PM to 9:00 PM" | "de 6:00 p.m. a 9:00 p.m." */
export function formatTimeRange(lang: Lang, block: Pick<TimeBlock, "start" | "end">): string {
  return RANGE[lang](formatClock(lang, block.start), formatClock(lang, block.end));
}

/** [4, 4] -> "four" | "cuatro"; [4, 5] -> "four to five" | "de cuatro a cinco". */
export function formatRange(lang: Lang, values: readonly number[], format: (n: number) => string): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? format(low) : RANGE[lang](format(low), format(high));
}

/** 12 -> "12 hours" | "12 horas"; 1 -> "1 hour" | "1 hora"; 1/3 -> "0.33 hours" | "0.33 horas". */
export function formatHours(lang: Lang, hours: number): string {
  return hourFormat(lang).format(hours);
}

/** 20 -> "20 minutes" | "20 minutos"; 75 -> "1 hour 15 minutes" | "1 hora y 15 minutos". */
export function formatDuration(lang: Lang, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [h > 0 ? formatHours(lang, h) : "", m > 0 ? minuteFormat(lang).format(m) : ""].filter(Boolean);
  return durationFormat(lang).format(parts);
}

/** The grammatical gender of the noun a number counts; Spanish "one" agrees with it (un día, una sesión). */
export type Gender = "masculine" | "feminine";

const NUMBER_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven"],
  es: ["cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete"],
};

/**
 * A small count as a word, placed before its noun: 4 -> "four" | "cuatro";
 * 1 -> "one" | "un" (masculine) / "una" (feminine). Past seven, digits.
 * The gender is required so a Spanish page never writes "un sesión"; English ignores it.
 */
export function numberWord(lang: Lang, n: number, gender: Gender): string {
  if (lang === "es" && n === 1 && gender === "feminine") return "una";
  return NUMBER_WORDS[lang][n] ?? String(n);
}
