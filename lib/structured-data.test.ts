import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import { organizationJsonLd } from "./structured-data";

describe("organizationJsonLd", () => {
  it("gives the admissions line's hours from content/program.ts, one entry per block", () => {
    const { contactPoint } = organizationJsonLd(program, "https://example.org");
    expect(contactPoint.telephone).toBe(program.admissionsPhone.e164);
    expect(contactPoint.hoursAvailable).toHaveLength(program.admissionsHours.blocks.length);
    program.admissionsHours.blocks.forEach((block, i) => {
      const spec = contactPoint.hoursAvailable[i]!;
      expect(spec).toMatchObject({ opens: block.start, closes: block.end });
      expect(spec.dayOfWeek).toHaveLength(new Set(block.days).size);
    });
    expect(contactPoint.hoursAvailable[0]!.dayOfWeek[0]).toMatch(/^[A-Z][a-z]+day$/);
  });

  it("lists Spanish on the admissions line only when the program says its admissions team speaks it", () => {
    const withSpanish = (admissions: boolean) =>
      organizationJsonLd(
        {
          ...program,
          practical: {
            ...program.practical,
            languages: { spanish: { admissions, oneToOne: false, groups: false }, freeInterpreter: true },
          },
        },
        "https://example.org/es",
      ).contactPoint.availableLanguage;
    expect(withSpanish(true)).toEqual(["English", "Spanish"]);
    expect(withSpanish(false)).toEqual(["English"]);
    expect(
      organizationJsonLd({ ...program, practical: {} }, "https://example.org").contactPoint.availableLanguage,
    ).toEqual(["English"]);
  });
});
