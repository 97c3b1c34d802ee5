import { describe, expect, it } from "vitest";
import { program } from "./program";
import { faqSourceIds, faqs } from "./faqs";

describe("faqs", () => {
  it("has at least 12 questions with unique ids", () => {
    expect(faqs.length).toBeGreaterThanOrEqual(12);
    expect(new Set(faqs.map((f) => f.id)).size).toBe(faqs.length);
  });

  it("takes program facts from content/program.ts", () => {
    const text = (id: string) => faqs.find((f) => f.id === id)?.answer.join(" ") ?? "";
    expect(text("how-long-is-iop")).toContain(`${program.programLengthWeeks} weeks`);
    expect(text("how-soon-can-i-start")).toContain(program.admissionsPhone.display);
    for (const id of program.practical.eveningLocationIds ?? []) {
      expect(text("what-is-a-day-like")).toContain(program.locations.find((l) => l.id === id)?.name);
    }
    for (const medicine of program.medication?.welcomesPeopleOn ?? []) expect(text("medicine")).toContain(medicine.en);
  });

  it("answers the safety questions: lost tolerance and naloxone when someone uses again", () => {
    const text = (id: string) => faqs.find((f) => f.id === id)?.answer.join(" ") ?? "";
    expect(text("what-if-i-use")).toMatch(/can now cause an overdose/);
    expect(text("what-if-i-use")).toMatch(/Naloxone .* without a prescription/);
    expect(text("is-iop-right-for-me")).toMatch(/alcohol, benzodiazepines .* sedatives/);
    expect(text("is-iop-right-for-me")).toMatch(/opioids, medicine such as buprenorphine or methadone/);
  });

  it("lists every cited source once, for the page's numbered source list", () => {
    expect(new Set(faqSourceIds).size).toBe(faqSourceIds.length);
    for (const faq of faqs) for (const id of faq.sources) expect(faqSourceIds).toContain(id);
  });
});
