import { describe, expect, it } from "vitest";
import type { Weekday } from "@/lib/content/schemas";
import { WEEKDAYS } from "@/lib/schedule";
import {
  formatClock,
  formatDate,
  formatDays,
  formatDuration,
  formatHours,
  formatList,
  formatRange,
  formatTimeRange,
  numberWord,
  weekdayName,
  weekdayShort,
} from "./format";

/*
 * Each row gives the English and the Spanish for the same input. The English
 * column is what the site printed before these formatters (lib/format.ts and
 * lib/schedule.ts had their own English copies), so English pages did not
 * change when they moved here.
 */

const EVERY_HALF_HOUR = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`,
);

describe("clock times", () => {
  it.each([
    ["00:00", "12:00 AM", "12:00 a.m."],
    ["00:30", "12:30 AM", "12:30 a.m."],
    ["08:00", "8:00 AM", "8:00 a.m."],
    ["09:15", "9:15 AM", "9:15 a.m."],
    ["11:45", "11:45 AM", "11:45 a.m."],
    ["12:00", "12:00 PM", "12:00 p.m."],
    ["12:30", "12:30 PM", "12:30 p.m."],
    ["13:05", "1:05 PM", "1:05 p.m."],
    ["18:00", "6:00 PM", "6:00 p.m."],
    ["21:30", "9:30 PM", "9:30 p.m."],
    ["23:59", "11:59 PM", "11:59 p.m."],
  ])("%s -> %s | %s", (t, en, es) => {
    expect(formatClock("en", t)).toBe(en);
    expect(formatClock("es", t)).toBe(es);
  });

  it("writes every time with a plain space and no space inside the day period", () => {
    for (const t of EVERY_HALF_HOUR) {
      expect(formatClock("en", t)).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
      expect(formatClock("es", t)).toMatch(/^\d{1,2}:\d{2} [ap]\.m\.$/);
    }
  });

  it.each([
    [{ start: "18:00", end: "21:00" }, "6:00 PM to 9:00 PM", "de 6:00 p.m. a 9:00 p.m."],
    [{ start: "09:00", end: "12:00" }, "9:00 AM to 12:00 PM", "de 9:00 a.m. a 12:00 p.m."],
  ])("time range %j -> %s | %s", (block, en, es) => {
    expect(formatTimeRange("en", block)).toBe(en);
    expect(formatTimeRange("es", block)).toBe(es);
  });
});

describe("dates", () => {
  it.each([
    ["2026-11-12", "November 12, 2026", "12 de noviembre de 2026"],
    ["2026-11-20", "November 20, 2026", "20 de noviembre de 2026"],
    ["2026-01-01", "January 1, 2026", "1 de enero de 2026"],
    ["2024-02-29", "February 29, 2024", "29 de febrero de 2024"],
    ["2026-12-31", "December 31, 2026", "31 de diciembre de 2026"],
  ])("%s -> %s | %s", (date, en, es) => {
    expect(formatDate("en", date)).toBe(en);
    expect(formatDate("es", date)).toBe(es);
  });
});

describe("days", () => {
  it.each([
    [["Mon"], "Monday", "lunes"],
    [["Tue", "Thu"], "Tuesday and Thursday", "martes y jueves"],
    [["Mon", "Wed", "Fri"], "Monday, Wednesday and Friday", "lunes, miércoles y viernes"],
    [["Mon", "Tue", "Wed", "Thu"], "Monday to Thursday", "de lunes a jueves"],
    [["Thu", "Mon", "Wed", "Tue"], "Monday to Thursday", "de lunes a jueves"],
    [["Mon", "Tue", "Thu"], "Monday, Tuesday and Thursday", "lunes, martes y jueves"],
    [["Mon", "Tue"], "Monday and Tuesday", "lunes y martes"],
    [["Sat", "Sun"], "Saturday and Sunday", "sábado y domingo"],
    [["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "Monday to Sunday", "de lunes a domingo"],
    [[], "", ""],
  ] as [Weekday[], string, string][])("%j -> %s | %s", (days, en, es) => {
    expect(formatDays("en", days)).toBe(en);
    expect(formatDays("es", days)).toBe(es);
  });

  it("names every day in full (Spanish in lower case) and short for narrow tables", () => {
    expect(WEEKDAYS.map((d) => weekdayName("en", d))).toEqual([
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday",
    ]);
    expect(WEEKDAYS.map((d) => weekdayName("es", d))).toEqual([
      "lunes",
      "martes",
      "miércoles",
      "jueves",
      "viernes",
      "sábado",
      "domingo",
    ]);
    expect(WEEKDAYS.map((d) => weekdayShort("en", d))).toEqual(WEEKDAYS);
    expect(WEEKDAYS.map((d) => weekdayShort("es", d))).toEqual(["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]);
  });
});

describe("lists", () => {
  it.each([
    [["calls", "texts", "chat"], "calls, texts and chat", "calls, texts y chat"],
    [["A", "B"], "A and B", "A y B"],
    [["A"], "A", "A"],
  ])("%j -> %s | %s, with no serial comma", (items, en, es) => {
    expect(formatList("en", items)).toBe(en);
    expect(formatList("es", items)).toBe(es);
  });

  it('writes "e" for "y" before an i sound', () => {
    expect(formatList("es", ["padres", "hijos"])).toBe("padres e hijos");
  });
});

describe("hours and durations", () => {
  it.each([
    [0.25, "0.25 hours", "0.25 horas"],
    [1 / 3, "0.33 hours", "0.33 horas"],
    [0.5, "0.5 hours", "0.5 horas"],
    [1, "1 hour", "1 hora"],
    [1.5, "1.5 hours", "1.5 horas"],
    [2, "2 hours", "2 horas"],
    [9, "9 hours", "9 horas"],
    [12, "12 hours", "12 horas"],
    [19.75, "19.75 hours", "19.75 horas"],
  ])("%d hours -> %s | %s", (hours, en, es) => {
    expect(formatHours("en", hours)).toBe(en);
    expect(formatHours("es", hours)).toBe(es);
  });

  it.each([
    [1, "1 minute", "1 minuto"],
    [20, "20 minutes", "20 minutos"],
    [45, "45 minutes", "45 minutos"],
    [60, "1 hour", "1 hora"],
    [61, "1 hour 1 minute", "1 hora y 1 minuto"],
    [75, "1 hour 15 minutes", "1 hora y 15 minutos"],
    [90, "1 hour 30 minutes", "1 hora y 30 minutos"],
    [120, "2 hours", "2 horas"],
    [135, "2 hours 15 minutes", "2 horas y 15 minutos"],
    [180, "3 hours", "3 horas"],
  ])("%d minutes -> %s | %s", (minutes, en, es) => {
    expect(formatDuration("en", minutes)).toBe(en);
    expect(formatDuration("es", minutes)).toBe(es);
  });
});

describe("ranges and number words", () => {
  it.each([
    [[4], "4", "4"],
    [[4, 4], "4", "4"],
    [[3, 5], "3 to 5", "de 3 a 5"],
    [[9, 12, 10], "9 to 12", "de 9 a 12"],
  ])("%j -> %s | %s: one figure when all agree, else the range", (values, en, es) => {
    expect(formatRange("en", values, String)).toBe(en);
    expect(formatRange("es", values, String)).toBe(es);
  });

  it.each([
    [0, "zero", "cero", "cero"],
    [1, "one", "un", "una"],
    [2, "two", "dos", "dos"],
    [3, "three", "tres", "tres"],
    [4, "four", "cuatro", "cuatro"],
    [5, "five", "cinco", "cinco"],
    [6, "six", "seis", "seis"],
    [7, "seven", "siete", "siete"],
    [8, "8", "8", "8"],
    [9, "9", "9", "9"],
  ])("%d -> %s | %s (un día) | %s (una sesión); digits past seven", (n, en, masculine, feminine) => {
    expect(numberWord("en", n, "masculine")).toBe(en);
    expect(numberWord("en", n, "feminine")).toBe(en);
    expect(numberWord("es", n, "masculine")).toBe(masculine);
    expect(numberWord("es", n, "feminine")).toBe(feminine);
  });

  it("puts number words in a range", () => {
    expect(formatRange("en", [5, 3, 4], (n) => numberWord("en", n, "masculine"))).toBe("three to five");
    expect(formatRange("es", [5, 3, 4], (n) => numberWord("es", n, "feminine"))).toBe("de tres a cinco");
  });
});
