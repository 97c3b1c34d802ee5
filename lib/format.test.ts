import { describe, expect, it } from "vitest";
import { formatCount } from "./format";

describe("formatCount", () => {
  it("writes whole numbers with commas, as en-US does", () => {
    for (const n of [0, 7, 80, 100, 254, 999, 1000, 1500, 12345, 999999, 1000000, -1500]) {
      expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
    }
  });
});
