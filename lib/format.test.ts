import { describe, expect, it } from "vitest";
import { clockMinutes, formatCount, formatHourFigure, minutesBetween } from "./format";

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

describe("formatHourFigure", () => {
  it("writes hours as a figure, rounded to two places", () => {
    expect(formatHourFigure(12)).toBe("12");
    expect(formatHourFigure(2.5)).toBe("2.5");
    expect(formatHourFigure(1 / 3)).toBe("0.33");
  });
});
