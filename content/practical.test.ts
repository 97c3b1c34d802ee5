import { describe, expect, it } from "vitest";
import type { Program } from "@/lib/content/schemas";
import { LANGS } from "@/lib/i18n/locales";
import { atNight, practicalAnswer, relayLine, type PracticalTopic } from "./practical";
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
  const phone = program.admissionsPhone.display.replace(/[()]/g, "\\$&");
  const ASK_US = {
    en: new RegExp(`^Ask us about .+: call ${phone}\\.`),
    es: new RegExp(`^Pregúntenos sobre .+: llame al ${phone}\\.`),
  };

  it.each(LANGS)("gives the program's own words for every topic when the fields are filled in (%s)", (lang) => {
    for (const topic of TOPICS) {
      const answer = practicalAnswer(topic, program, lang);
      expect(answer.askUs, topic).toBe(false);
      expect(answer.text, topic).not.toMatch(ASK_US[lang]);
    }
  });

  it.each(LANGS)('says "Ask us" with the admissions phone for every field left empty, never a blank (%s)', (lang) => {
    for (const topic of TOPICS) {
      const answer = practicalAnswer(topic, emptiedProgram, lang);
      expect(answer.askUs, topic).toBe(true);
      expect(answer.text, topic).toMatch(ASK_US[lang]);
    }
  });

  it.each(LANGS)("keeps the relay line and the night-time crisis lines whatever the fields say (%s)", (lang) => {
    for (const p of [program, emptiedProgram]) {
      expect(practicalAnswer("languages", p, lang).text).toContain(relayLine(lang));
      expect(practicalAnswer("afterHours", p, lang).text).toContain(atNight(lang));
      expect(practicalAnswer("textsAnswered", p, lang).text).toContain(atNight(lang));
    }
  });

  it("says exactly what the program offers in Spanish, for each setting", () => {
    const withSpanish = (
      spanish: { admissions: boolean; oneToOne: boolean; groups: boolean },
      freeInterpreter = true,
    ) => ({ ...program, practical: { ...program.practical, languages: { spanish, freeInterpreter } } }) as Program;
    const none = withSpanish({ admissions: false, oneToOne: false, groups: false }, false);
    expect(practicalAnswer("languages", none, "es").text).toMatch(
      /^Nuestro equipo de admisiones habla inglés\. Los grupos son en inglés\./,
    );
    expect(practicalAnswer("languages", none, "es").text).not.toMatch(/intérprete|individuales pueden/);
    expect(practicalAnswer("languages", none, "en").text).not.toMatch(/Spanish/);
    const all = withSpanish({ admissions: true, oneToOne: true, groups: true });
    expect(practicalAnswer("languages", all, "es").text).toMatch(
      /habla español.*individuales pueden ser en español.*grupos se reúnen en español.*intérprete gratis/,
    );
    expect(practicalAnswer("languages", all, "en").text).toMatch(
      /speaks Spanish.*can be in Spanish.*groups meet in Spanish/,
    );
    const admissionsOnly = withSpanish({ admissions: true, oneToOne: false, groups: false });
    expect(practicalAnswer("languages", admissionsOnly, "es").text).not.toMatch(/individuales/);
    expect(practicalAnswer("languages", admissionsOnly, "es").text).toMatch(/Los grupos son en inglés/);
  });

  it("reads the facts from the data: evening clinic, one-to-one inside the weekly hours, plans, medicines", () => {
    const evening = program.locations.find((l) => l.id === program.practical.eveningLocationIds?.[0])!;
    expect(practicalAnswer("eveningPlace").text).toContain(`${evening.name}, ${evening.street}`);
    expect(practicalAnswer("oneToOne").text).toMatch(/part of your 12 hours a week, not extra time/);
    expect(
      practicalAnswer("oneToOne", {
        ...program,
        practical: {
          ...program.practical,
          oneToOne: { insideWeeklyHours: false, howOften: { en: "once a week", es: "una vez por semana" } },
        },
      }).text,
    ).toMatch(/on top of your 12 hours a week/);
    expect(practicalAnswer("insurance").text).toMatch(
      /^We accept Medicaid, Medicare, TRICARE and private health plans\./,
    );
    expect(practicalAnswer("medication").text).toMatch(/If you already take buprenorphine, methadone or naltrexone/);
  });
});
