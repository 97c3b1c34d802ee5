import { describe, expect, it } from "vitest";
import { citationNumbers } from "./citations";

describe("citationNumbers", () => {
  it("numbers each source by its place in the page's list, lowest first", () => {
    expect(citationNumbers(["c", "a"], ["a", "b", "c"], "The table")).toEqual([
      { id: "a", n: 1 },
      { id: "c", n: 3 },
    ]);
  });

  it("fails loudly, naming who cites it, on a source the page does not list", () => {
    expect(() => citationNumbers(["a", "x"], ["a"], 'The FAQ "q"')).toThrow(
      `The FAQ "q" cites "x", but the page's metadata.sources does not list it.`,
    );
  });
});
