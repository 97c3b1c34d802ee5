import { describe, expect, it } from "vitest";
import type { Program } from "@/lib/content/schemas";
import { formatHourFigure } from "@/lib/format";
import { LANGS } from "@/lib/i18n/locales";
import { hoursPerWeek } from "@/lib/schedule";
import { atNight, practicalAnswer, relayLine, type PracticalTopic } from "./practical";
import { program } from "./program";
import { schedule } from "./schedule";

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

  it.each(LANGS)(
    "gives the program's own words for every topic its fields fill in, Ask us for the others (%s)",
    (lang) => {
      const x = program.practical;
      const filledIn: Record<PracticalTopic, unknown> = {
        ages: x.ages,
        eveningPlace: x.eveningLocationIds,
        oneToOne: x.oneToOne,
        telehealth: x.telehealth,
        languages: x.languages,
        insurance: x.insurance,
        firstCall: x.firstCall,
        assessment: x.assessment,
        bringOnDayOne: x.bringOnDayOne,
        missedSessions: x.missedSessions,
        stayingLonger: x.stayingLonger,
        textsAnswered: program.textLine && x.textsAnswered,
        afterHours: x.afterHours,
        medication: program.medication,
      };
      for (const topic of TOPICS) {
        const answer = practicalAnswer(topic, program, lang);
        expect(answer.askUs, topic).toBe(!filledIn[topic]);
        expect(ASK_US[lang].test(answer.text), topic).toBe(!filledIn[topic]);
      }
    },
  );

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

  it("reads the facts from the data: evening place, one-to-one inside or on top of the weekly hours, plans, medicines", () => {
    // Whichever program is in content/program.ts: the facts below are set here, or read from it.
    const weekly = `${formatHourFigure(hoursPerWeek(schedule.eveningBlock))} hours a week`;
    const [place] = program.locations;
    const with_ = (practical: Program["practical"], medication?: Program["medication"]): Program => ({
      ...program,
      practical: { ...program.practical, ...practical },
      medication,
    });
    expect(practicalAnswer("eveningPlace", with_({ eveningLocationIds: [place!.id] })).text).toContain(
      `${place!.name}, ${place!.street}`,
    );
    const oneToOne = (insideWeeklyHours: boolean) =>
      practicalAnswer(
        "oneToOne",
        with_({ oneToOne: { insideWeeklyHours, howOften: { en: "once a week", es: "una vez por semana" } } }),
      ).text;
    expect(oneToOne(true)).toContain(`part of your ${weekly}, not extra time`);
    expect(oneToOne(false)).toContain(`on top of your ${weekly}`);
    expect(
      practicalAnswer("insurance", with_({ insurance: { accepted: ["medicaid", "medicare", "tricare", "private"] } }))
        .text,
    ).toMatch(/^We accept Medicaid, Medicare, TRICARE and private health plans\./);
    const medicines = {
      prescribes: [],
      welcomesPeopleOn: [
        { en: "buprenorphine", es: "buprenorfina" },
        { en: "methadone", es: "metadona" },
      ],
      coordinatesWith: [],
    };
    expect(practicalAnswer("medication", with_({}, medicines)).text).toMatch(
      /If you already take buprenorphine or methadone/,
    );
  });
});
