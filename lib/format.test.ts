import { describe, expect, it } from "vitest";
import {
  clockMinutes,
  formatCount,
  formatDuration,
  formatHourFigure,
  formatHours,
  formatRange,
  minutesBetween,
  numberWord,
} from "./format";

describe("clock times", () => {
  it("counts minutes since midnight, and between two times", () => {
    expect(clockMinutes("00:00")).toBe(0);
    expect(clockMinutes("18:30")).toBe(1110);
    expect(clockMinutes("23:59")).toBe(1439);
    expect(minutesBetween("18:00", "21:15")).toBe(195);
  });
});

describe("formatCount", () => {
  it("writes whole numbers with commas, as en-US does", () => {
    for (const n of [0, 7, 80, 100, 254, 999, 1000, 1500, 12345, 999999, 1000000, -1500]) {
      expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
    }
  });
});

describe("numbers in words", () => {
  it("formats hours and durations in words people use", () => {
    expect(formatHours(1)).toBe("1 hour");
    expect(formatHours(12)).toBe("12 hours");
    expect(formatHours(1.5)).toBe("1.5 hours");
    expect(formatHours(1 / 3)).toBe("0.33 hours");
    expect(formatHourFigure(12)).toBe("12");
    expect(formatHourFigure(2.5)).toBe("2.5");
    expect(formatDuration(20)).toBe("20 minutes");
    expect(formatDuration(60)).toBe("1 hour");
    expect(formatDuration(75)).toBe("1 hour 15 minutes");
  });

  it("gives one figure when all values agree, and the range when they differ", () => {
    expect(formatRange([4, 4, 4], numberWord)).toBe("four");
    expect(formatRange([5, 3, 4], numberWord)).toBe("three to five");
    expect(formatRange([12, 15], String)).toBe("12 to 15");
  });
});
