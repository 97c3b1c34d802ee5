import { describe, expect, it } from "vitest";
import type { Weekday } from "@/lib/content/schemas";
import * as english from "@/lib/format";
import * as schedule from "@/lib/schedule";
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
} from "./format";

const EVERY_HALF_HOUR = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`,
);
const DAY_SETS: readonly (readonly Weekday[])[] = [
  ["Mon"],
  ["Tue", "Thu"],
  ["Mon", "Wed", "Fri"],
  ["Mon", "Tue", "Wed", "Thu"],
  ["Thu", "Mon", "Wed", "Tue"],
  ["Mon", "Tue", "Thu"],
  ["Sat", "Sun"],
  ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  [],
];

describe("English output is what lib/format and lib/schedule print today", () => {
  it("for every clock time", () => {
    for (const t of EVERY_HALF_HOUR) expect(formatClock("en", t), t).toBe(english.formatClock(t));
  });

  it("for dates, days, ranges, hours and durations", () => {
    for (const d of ["2026-11-12", "2026-01-01", "2024-02-29", "2026-12-31"]) {
      expect(formatDate("en", d)).toBe(english.formatDate(d));
    }
    for (const days of DAY_SETS) expect(formatDays("en", days), days.join()).toBe(schedule.formatDays(days));
    for (const day of schedule.WEEKDAYS) expect(weekdayName("en", day)).toBe(schedule.weekdayName(day));
    const block = { start: "18:00", end: "21:00" };
    expect(formatTimeRange("en", block)).toBe(schedule.formatTimeRange(block));
    for (const h of [0.25, 1 / 3, 0.5, 1, 1.5, 2, 3, 9, 12, 19.75]) {
      expect(formatHours("en", h), String(h)).toBe(english.formatHours(h));
    }
    for (const m of [1, 20, 45, 60, 61, 75, 90, 120, 135, 180]) {
      expect(formatDuration("en", m), String(m)).toBe(english.formatDuration(m));
    }
    for (const values of [[4], [4, 4], [3, 5], [9, 12, 10]]) {
      expect(formatRange("en", values, String)).toBe(english.formatRange(values, String));
    }
    for (let n = 0; n <= 9; n++) expect(numberWord("en", n, "feminine")).toBe(english.numberWord(n));
  });
});

describe("Spanish", () => {
  it.each([
    ["00:00", "12:00 a.m."],
    ["00:30", "12:30 a.m."],
    ["08:00", "8:00 a.m."],
    ["09:15", "9:15 a.m."],
    ["12:00", "12:00 p.m."],
    ["13:05", "1:05 p.m."],
    ["18:00", "6:00 p.m."],
    ["21:30", "9:30 p.m."],
  ])("clock %s -> %s, with no space inside p.m.", (t, expected) => {
    expect(formatClock("es", t)).toBe(expected);
  });

  it("prints no space inside a.m./p.m. for any time", () => {
    for (const t of EVERY_HALF_HOUR) expect(formatClock("es", t)).toMatch(/^\d{1,2}:\d{2} [ap]\.m\.$/);
  });

  it("writes dates the Spanish way", () => {
    expect(formatDate("es", "2026-11-20")).toBe("20 de noviembre de 2026");
    expect(formatDate("es", "2026-01-01")).toBe("1 de enero de 2026");
  });

  it.each([
    [["Mon"], "lunes"],
    [["Tue", "Thu"], "martes y jueves"],
    [["Mon", "Wed", "Fri"], "lunes, miércoles y viernes"],
    [["Mon", "Tue", "Wed", "Thu"], "de lunes a jueves"],
    [["Thu", "Mon", "Wed", "Tue"], "de lunes a jueves"],
    [["Mon", "Tue", "Thu"], "lunes, martes y jueves"],
    [["Sat", "Sun"], "sábado y domingo"],
    [["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "de lunes a domingo"],
    [[], ""],
  ] as const)("days %j -> %s", (days, expected) => {
    expect(formatDays("es", days)).toBe(expected);
  });

  it("names every day in lower case", () => {
    expect(schedule.WEEKDAYS.map((d) => weekdayName("es", d))).toEqual([
      "lunes",
      "martes",
      "miércoles",
      "jueves",
      "viernes",
      "sábado",
      "domingo",
    ]);
  });

  it("writes time ranges and lists", () => {
    expect(formatTimeRange("es", { start: "18:00", end: "21:00" })).toBe("de 6:00 p.m. a 9:00 p.m.");
    expect(formatList("es", ["llamar", "enviar un mensaje", "chatear"])).toBe("llamar, enviar un mensaje y chatear");
    // "y" becomes "e" before an i sound.
    expect(formatList("es", ["padres", "hijos"])).toBe("padres e hijos");
    expect(formatList("en", ["calls", "texts", "chat"])).toBe("calls, texts and chat");
  });

  it("writes hours, durations and ranges", () => {
    expect(formatHours("es", 1)).toBe("1 hora");
    expect(formatHours("es", 1.5)).toBe("1.5 horas");
    expect(formatHours("es", 12)).toBe("12 horas");
    expect(formatHours("es", 1 / 3)).toBe("0.33 horas");
    expect(formatDuration("es", 1)).toBe("1 minuto");
    expect(formatDuration("es", 20)).toBe("20 minutos");
    expect(formatDuration("es", 60)).toBe("1 hora");
    expect(formatDuration("es", 75)).toBe("1 hora y 15 minutos");
    expect(formatDuration("es", 180)).toBe("3 horas");
    expect(formatRange("es", [4, 4], String)).toBe("4");
    expect(formatRange("es", [5, 3, 4], (n) => numberWord("es", n, "feminine"))).toBe("de tres a cinco");
  });

  it("agrees one with its noun and keeps digits past seven", () => {
    expect(numberWord("es", 1, "masculine")).toBe("un");
    expect(numberWord("es", 1, "feminine")).toBe("una");
    expect(numberWord("es", 4, "feminine")).toBe("cuatro");
    expect(numberWord("es", 7, "masculine")).toBe("siete");
    expect(numberWord("es", 8, "masculine")).toBe("8");
    expect(numberWord("es", 0, "masculine")).toBe("cero");
  });
});
