import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import type { Program } from "@/lib/content/schemas";
import { availability, clockIn, formatAdmissionsHours, whenWeCall } from "./admissions-hours";

const hours: Program["admissionsHours"] = {
  timeZone: "America/New_York",
  timeZoneName: { en: "Eastern time", es: "hora del Este" },
  blocks: [
    { days: ["Mon", "Tue", "Wed", "Thu", "Fri"], start: "08:00", end: "20:00" },
    { days: ["Sat"], start: "09:00", end: "13:00" },
  ],
};
const office = { admissionsHours: hours, callbackWithin: { en: "one business day", es: "un día hábil" } };

// December 2026 is on Eastern Standard Time, UTC-5: 2026-12-07 is a Monday.
const eastern = (isoLocal: string) => new Date(`${isoLocal}-05:00`);

describe("formatAdmissionsHours", () => {
  it("lists each block with its days, times and the time zone", () => {
    expect(formatAdmissionsHours(hours)).toBe(
      "Monday to Friday, 8:00 AM to 8:00 PM, and Saturday, 9:00 AM to 1:00 PM, Eastern time",
    );
  });
});

describe("clockIn", () => {
  it("reads the day and time on the program's clock, not the server's", () => {
    // 03:30 UTC on Tuesday is still Monday evening in New York.
    expect(clockIn("America/New_York", new Date("2026-12-08T03:30:00Z"))).toEqual({
      day: "Mon",
      minutes: 22 * 60 + 30,
    });
    expect(clockIn("UTC", new Date("2026-12-08T03:30:00Z"))).toEqual({ day: "Tue", minutes: 3 * 60 + 30 });
  });

  it("follows daylight saving time", () => {
    // July: Eastern Daylight Time, UTC-4.
    expect(clockIn("America/New_York", new Date("2026-07-06T12:00:00Z"))).toEqual({ day: "Mon", minutes: 8 * 60 });
  });
});

describe("availability", () => {
  it("is open inside a block, with the closing time", () => {
    expect(availability(hours, eastern("2026-12-07T08:00"))).toEqual({ open: true, closes: "20:00" });
    expect(availability(hours, eastern("2026-12-12T12:59"))).toEqual({ open: true, closes: "13:00" });
  });

  it("gives the next opening: later today, tomorrow, or after the weekend", () => {
    expect(availability(hours, eastern("2026-12-07T06:15"))).toEqual({
      open: false,
      opens: { day: "Mon", start: "08:00" },
    });
    expect(availability(hours, eastern("2026-12-07T20:00"))).toEqual({
      open: false,
      opens: { day: "Tue", start: "08:00" },
    });
    expect(availability(hours, eastern("2026-12-11T21:00"))).toEqual({
      open: false,
      opens: { day: "Sat", start: "09:00" },
    });
    expect(availability(hours, eastern("2026-12-12T13:00"))).toEqual({
      open: false,
      opens: { day: "Mon", start: "08:00" },
    });
    expect(availability(hours, eastern("2026-12-13T23:59"))).toEqual({
      open: false,
      opens: { day: "Mon", start: "08:00" },
    });
  });

  it("finds the same weekday a week ahead when the team works one day only", () => {
    const once = { ...hours, blocks: [{ days: ["Wed" as const], start: "10:00", end: "12:00" }] };
    expect(availability(once, eastern("2026-12-09T12:30"))).toEqual({
      open: false,
      opens: { day: "Wed", start: "10:00" },
    });
  });
});

describe("whenWeCall", () => {
  it("promises today while the team is in", () => {
    const text = whenWeCall(office, eastern("2026-12-07T10:00"));
    expect(text).toContain("in today until 8:00 PM Eastern time");
    expect(text).toContain("within one business day");
  });

  it("names the next opening after hours, at weekends and just before closing", () => {
    expect(whenWeCall(office, eastern("2026-12-07T23:30"))).toContain("opens on Tuesday at 8:00 AM Eastern time");
    expect(whenWeCall(office, eastern("2026-12-12T15:00"))).toContain("opens on Monday at 8:00 AM Eastern time");
    expect(whenWeCall(office, eastern("2026-12-07T19:45"))).toContain("opens on Tuesday at 8:00 AM Eastern time");
  });

  it("says the same in Spanish, with Spanish days and times", () => {
    const open = whenWeCall(office, eastern("2026-12-07T10:00"), "es");
    expect(open).toContain("atiende hoy hasta las 8:00 p.m., hora del Este");
    expect(open).toContain("dentro de un día hábil");
    expect(whenWeCall(office, eastern("2026-12-12T15:00"), "es")).toContain(
      "abra el lunes a las 8:00 a.m., hora del Este",
    );
    expect(formatAdmissionsHours(hours, "es")).toBe(
      "de lunes a viernes, de 8:00 a.m. a 8:00 p.m., y sábado, de 9:00 a.m. a 1:00 p.m., hora del Este",
    );
  });

  it.each(["en", "es"] as const)("reads the real program's hours (%s)", (lang) => {
    const text = whenWeCall(program, new Date(), lang);
    expect(text).toContain(program.admissionsHours.timeZoneName[lang]);
    expect(text).toContain(program.callbackWithin[lang]);
  });
});
