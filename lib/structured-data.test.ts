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
});
