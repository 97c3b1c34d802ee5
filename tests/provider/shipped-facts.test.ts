import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { program as second } from "./second-program";
import { findFacts } from "./find-facts";
import { shippedFacts } from "./shipped-facts";

const facts = shippedFacts(program);
const texts = facts.map((f) => f.text);
// In the scratch copy run.mjs makes, content/program.ts is the second program itself.
const secondInPlace = program.name === second.name;

describe("the shipped program's facts", () => {
  it("are read from content/program.ts: names, phones, time zone, length, every location", () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        program.name,
        program.shortName,
        program.admissionsPhone.display,
        program.admissionsPhone.e164,
        ...Object.values(program.admissionsHours.timeZoneName),
        `${program.programLengthWeeks} weeks`,
        ...program.locations.flatMap((l) => [l.name, l.street, l.city, l.postalCode]),
      ]),
    );
  });

  it("match whole words and numbers only", () => {
    const sample = [{ field: "programLengthWeeks", text: "8 weeks" }];
    expect(findFacts("Most last 48 weeks.", sample)).toEqual([]);
    expect(findFacts("It lasts 8 weeks.", sample)).toEqual(sample);
  });
});

describe.skipIf(secondInPlace)("the second program (tests/provider/second-program.ts)", () => {
  it("differs from content/program.ts in every field a provider sets", () => {
    const fields = (p: typeof program) => ({ ...p, ...p.practical, practical: undefined });
    const a = fields(program);
    const b = fields(second);
    const same = Object.keys(a).filter(
      (k) => k !== "practical" && JSON.stringify(a[k as keyof typeof a]) === JSON.stringify(b[k as keyof typeof b]),
    );
    expect(same).toEqual([]);
  });

  it("holds none of the shipped program's facts", () => {
    expect(findFacts(JSON.stringify(second), facts)).toEqual([]);
  });

  it("leaves an optional field out, so its page shows an Ask us line", () => {
    expect(second.practical.missedSessions).toBeUndefined();
  });
});
