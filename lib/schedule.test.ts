import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { minutesBetween } from "@/lib/format";
import {
  daysInUse,
  eveningAgenda,
  formatDays,
  daysPerWeek,
  hoursPerSession,
  hoursPerWeek,
  scheduleTracks,
  sortDays,
  weekdayName,
} from "./schedule";

describe("hours", () => {
  it("computes a session's hours from its start and end", () => {
    expect(hoursPerSession({ start: "18:00", end: "21:00" })).toBe(3);
    expect(hoursPerSession({ start: "09:30", end: "12:00" })).toBe(2.5);
  });

  it("multiplies by the days the block meets, counting each day once", () => {
    expect(hoursPerWeek({ days: ["Mon", "Wed"], start: "09:00", end: "10:30" })).toBe(3);
    expect(hoursPerWeek({ days: ["Mon", "Mon", "Tue"], start: "09:00", end: "10:00" })).toBe(2);
    expect(daysPerWeek({ days: ["Thu", "Mon", "Thu"] })).toBe(2);
  });

  it("meets the program of record: at least 3 hours a day, at least 4 days a week, on every track", () => {
    for (const track of scheduleTracks(schedule, program.locations)) {
      expect(hoursPerSession(track.block), track.id).toBeGreaterThanOrEqual(3);
      expect(daysPerWeek(track.block), track.id).toBeGreaterThanOrEqual(4);
    }
  });
});

describe("weekdays", () => {
  it("names days in full", () => {
    expect(weekdayName("Thu")).toBe("Thursday");
  });

  it("puts days in calendar order", () => {
    expect(sortDays(["Fri", "Mon", "Wed"])).toEqual(["Mon", "Wed", "Fri"]);
  });

  it("writes a run of days as a range and other sets as a list", () => {
    expect(formatDays(["Thu", "Mon", "Tue", "Wed"])).toBe("Monday to Thursday");
    expect(formatDays(["Tue", "Thu"])).toBe("Tuesday and Thursday");
    expect(formatDays(["Mon", "Wed", "Fri"])).toBe("Monday, Wednesday and Friday");
    expect(formatDays(["Sat"])).toBe("Saturday");
    expect(formatDays(["Mon", "Tue"])).toBe("Monday and Tuesday");
  });
});

describe("tracks", () => {
  const tracks = scheduleTracks(schedule, program.locations);

  it("offers the evening block and one morning block per location", () => {
    expect(tracks).toHaveLength(1 + program.locations.length);
    expect(tracks[0]?.block).toEqual(schedule.eveningBlock);
    program.locations.forEach((l, i) => expect(tracks[i + 1]?.block).toEqual(l.morningBlock));
  });

  it("lists every day any track meets, once, in order", () => {
    const all = new Set(tracks.flatMap((t) => t.block.days));
    expect(daysInUse(tracks)).toEqual(sortDays([...all]));
  });
});

describe("typical evening", () => {
  const agenda = eveningAgenda(schedule);

  it("fills the evening block exactly, with no gaps or overlaps", () => {
    expect(agenda[0]?.start).toBe(schedule.eveningBlock.start);
    expect(agenda[agenda.length - 1]?.end).toBe(schedule.eveningBlock.end);
    agenda.slice(1).forEach((item, i) => expect(item.start).toBe(agenda[i]?.end));
    const total = agenda.reduce((sum, item) => sum + item.minutes, 0);
    expect(total).toBe(minutesBetween(schedule.eveningBlock.start, schedule.eveningBlock.end));
  });
});

describe("level of care", () => {
  it("gives every track at least 9 hours a week, the ASAM 2.1 minimum for adults that /schedule promises", () => {
    for (const track of scheduleTracks(schedule, program.locations)) {
      expect(hoursPerWeek(track.block), track.id).toBeGreaterThanOrEqual(9);
    }
  });
});
