import { describe, expect, it } from "vitest";
import type { Program } from "@/lib/content/schemas";
import { formatHourFigure } from "@/lib/format";
import { hoursPerWeek } from "@/lib/schedule";
import { AT_NIGHT, practicalAnswer, RELAY_LINE, type PracticalTopic } from "./practical";
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
  it("gives the program's own words for every topic its fields fill in, and Ask us for the others", () => {
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
      const answer = practicalAnswer(topic, program);
      expect(answer.askUs, topic).toBe(!filledIn[topic]);
      expect(answer.text.startsWith("Ask us"), topic).toBe(!filledIn[topic]);
    }
  });

  it('says "Ask us" with the admissions phone for every field a provider leaves empty, never a blank', () => {
    for (const topic of TOPICS) {
      const answer = practicalAnswer(topic, emptiedProgram);
      expect(answer.askUs, topic).toBe(true);
      expect(answer.text, topic).toMatch(/^Ask us about .+: call /);
      expect(answer.text, topic).toContain(`: call ${program.admissionsPhone.display}.`);
    }
  });

  it("keeps the relay line and the night-time crisis lines whether or not the program filled in its fields", () => {
    for (const p of [program, emptiedProgram]) {
      expect(practicalAnswer("languages", p).text).toContain(RELAY_LINE);
      expect(practicalAnswer("afterHours", p).text).toContain(AT_NIGHT);
      expect(practicalAnswer("textsAnswered", p).text).toContain(AT_NIGHT);
    }
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
      practicalAnswer("oneToOne", with_({ oneToOne: { insideWeeklyHours, howOften: "once a week" } })).text;
    expect(oneToOne(true)).toContain(`part of your ${weekly}, not extra time`);
    expect(oneToOne(false)).toContain(`on top of your ${weekly}`);
    expect(
      practicalAnswer("insurance", with_({ insurance: { accepted: ["medicaid", "medicare", "tricare", "private"] } }))
        .text,
    ).toMatch(/^We accept Medicaid, Medicare, TRICARE and private health plans\./);
    const medicines = { prescribes: [], welcomesPeopleOn: ["buprenorphine", "methadone"], coordinatesWith: [] };
    expect(practicalAnswer("medication", with_({}, medicines)).text).toMatch(
      /If you already take buprenorphine or methadone/,
    );
  });
});
