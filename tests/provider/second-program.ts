import { parseContent } from "@/lib/content/parse";
import { programSchema } from "@/lib/content/schemas";

/**
 * A second program, to prove that a provider can make the site theirs by editing content/program.ts alone.
 * `npm test` copies this file over content/program.ts in a scratch copy of the project and builds and tests the
 * whole site against it (tests/provider/run.mjs). Every field a provider can set differs from the shipped program:
 * another name, area code, time zone and admissions days, length, one location instead of two, other mornings,
 * medicines, languages and practical answers; `missedSessions` is left out, so its "Ask us" line shows.
 * Lakeshore is as fictional as Riverbend: its numbers are in the 555-0100 to 555-0199 range reserved for fiction.
 */
export const program = parseContent(
  programSchema,
  {
    name: "Lakeshore Recovery Intensive Outpatient",
    shortName: "Lakeshore Recovery",
    disclaimer:
      "Lakeshore Recovery is a made-up program for testing this site. Its phone numbers and address are not real.",
    admissionsPhone: { display: "(720) 555-0163", e164: "+17205550163" },
    textLine: { display: "(720) 555-0164", e164: "+17205550164" },
    displayEmail: "intake@lakeshore-recovery.example",
    admissionsHours: {
      timeZone: "America/Denver",
      timeZoneName: "Mountain time",
      blocks: [
        { days: ["Mon", "Tue", "Wed", "Thu"], start: "07:30", end: "18:30" },
        { days: ["Fri"], start: "07:30", end: "17:00" },
        { days: ["Sun"], start: "12:00", end: "16:00" },
      ],
    },
    callbackWithin: "four office hours",
    programLengthWeeks: 10,
    accreditation: "Licensed by the state behavioral health office (made-up example)",
    locations: [
      {
        id: "lakeshore",
        name: "Lakeshore Center",
        street: "2200 Wadsworth Boulevard",
        city: "Lakewood",
        region: "CO",
        postalCode: "80214",
        morningBlock: { days: ["Mon", "Tue", "Thu", "Fri"], start: "08:00", end: "11:00" },
      },
    ],
    medication: {
      prescribes: ["naltrexone", "buprenorphine"],
      welcomesPeopleOn: ["methadone", "buprenorphine"],
      coordinatesWith: ["your primary care clinic"],
    },
    practical: {
      ages: { min: 21 },
      eveningLocationIds: ["lakeshore"],
      oneToOne: { insideWeeklyHours: false, howOften: "every other week" },
      telehealth: { offered: false },
      languages: { sessions: ["Spanish", "English"], freeInterpreter: false },
      insurance: { accepted: ["medicaid", "private"] },
      firstCall: {
        minutes: 15,
        covers: "We ask what brings you to us and how to reach you. You can skip any question.",
      },
      assessment: {
        minutes: 90,
        where: "at the center",
        cost: "Your plan is billed for the assessment.",
        testing: "We do not ask for a urine test at the assessment.",
      },
      bringOnDayOne: ["a photo ID", "your medicine bottles"],
      stayingLonger: "Some people stay a few more weeks. Your counselor talks it over with you.",
      textsAnswered: "A counselor reads texts on weekdays.",
      afterHours: "At night, a nurse on call answers our main line.",
    },
  },
  "content/program.ts",
);
