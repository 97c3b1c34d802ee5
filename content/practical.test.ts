import { describe, expect, it } from "vitest";
import type { Program } from "@/lib/content/schemas";
import { AT_NIGHT, practicalAnswer, RELAY_LINE, type PracticalTopic } from "./practical";
import { program } from "./program";

const TOPICS: PracticalTopic[] = [
  "ages",
  "eveningPlace",
  "oneToOne",
  "telehealth",
  "languages",
  "insurance",
  "firstCall",
  "assessment",
  "bringOnDayOne",
  "missedSessions",
  "stayingLonger",
  "textsAnswered",
  "afterHours",
  "medication",
];

/** The program as a provider might leave it: every "can I come?" field and the medicine block left out. */
const emptiedProgram: Program = { ...program, practical: {}, medication: undefined };

describe("practical answers", () => {
  it("gives the program's own words for every topic when the fields are filled in", () => {
    for (const topic of TOPICS) {
      const answer = practicalAnswer(topic, program);
      expect(answer.askUs, topic).toBe(false);
      expect(answer.text, topic).not.toMatch(/^Ask us/);
    }
  });

  it('says "Ask us" with the admissions phone for every field a provider leaves empty, never a blank', () => {
    for (const topic of TOPICS) {
      const answer = practicalAnswer(topic, emptiedProgram);
      expect(answer.askUs, topic).toBe(true);
      expect(answer.text, topic).toMatch(new RegExp(`^Ask us about .+: call \\(555\\) 555-0142\\.`));
    }
  });

  it("keeps the relay line and the night-time crisis lines whether or not the program filled in its fields", () => {
    for (const p of [program, emptiedProgram]) {
      expect(practicalAnswer("languages", p).text).toContain(RELAY_LINE);
      expect(practicalAnswer("afterHours", p).text).toContain(AT_NIGHT);
      expect(practicalAnswer("textsAnswered", p).text).toContain(AT_NIGHT);
    }
  });

  it("reads the facts from the data: evening clinic, one-to-one inside the weekly hours, plans, medicines", () => {
    expect(practicalAnswer("eveningPlace").text).toContain("Eastside Clinic, 120 Harbor Street");
    expect(practicalAnswer("oneToOne").text).toMatch(/part of your 12 hours a week, not extra time/);
    expect(
      practicalAnswer("oneToOne", {
        ...program,
        practical: { ...program.practical, oneToOne: { insideWeeklyHours: false, howOften: "once a week" } },
      }).text,
    ).toMatch(/on top of your 12 hours a week/);
    expect(practicalAnswer("insurance").text).toMatch(
      /^We accept Medicaid, Medicare, TRICARE and private health plans\./,
    );
    expect(practicalAnswer("medication").text).toMatch(/If you already take buprenorphine, methadone or naltrexone/);
  });
});
