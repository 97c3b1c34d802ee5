import { parseContent } from "@/lib/content/parse";
import { programSchema } from "@/lib/content/schemas";

/**
 * The one file a provider edits to make this site theirs: name, phone lines,
 * locations and promises. Riverbend is fictional; its numbers are in the
 * 555-0100 to 555-0199 range that is reserved for fiction.
 */
export const program = parseContent(
  programSchema,
  {
    name: "Riverbend Intensive Outpatient Program",
    shortName: "Riverbend IOP",
    disclaimer:
      "Riverbend is a fictional program used to show how this site works. Its phone numbers and addresses are not real. The crisis lines are real.",
    admissionsPhone: { display: "(555) 555-0142", e164: "+15555550142" },
    textLine: { display: "(555) 555-0143", e164: "+15555550143" },
    displayEmail: "admissions@example.org",
    admissionsHours: {
      timeZone: "America/New_York",
      timeZoneName: "Eastern time",
      blocks: [
        { days: ["Mon", "Tue", "Wed", "Thu", "Fri"], start: "08:00", end: "20:00" },
        { days: ["Sat"], start: "09:00", end: "13:00" },
      ],
    },
    callbackWithin: "one business day",
    programLengthWeeks: 8,
    accreditation: "Accredited by The Joint Commission (fictional example)",
    locations: [
      {
        id: "eastside",
        name: "Eastside Clinic",
        street: "120 Harbor Street, Suite 200",
        city: "Maple Hollow",
        region: "OH",
        postalCode: "43000",
        morningBlock: { days: ["Mon", "Tue", "Wed", "Thu"], start: "09:00", end: "12:00" },
      },
      {
        id: "northgate",
        name: "Northgate Clinic",
        street: "45 Orchard Avenue",
        city: "Maple Hollow",
        region: "OH",
        postalCode: "43001",
        morningBlock: { days: ["Tue", "Wed", "Thu", "Fri"], start: "09:30", end: "12:30" },
      },
    ],
    medication: {
      prescribes: ["buprenorphine", "naltrexone", "acamprosate"],
      welcomesPeopleOn: ["buprenorphine", "methadone", "naltrexone"],
      coordinatesWith: ["opioid treatment programs (methadone clinics)", "your own doctor"],
    },
    practical: {
      ages: { min: 18 },
      eveningLocationIds: ["eastside"],
      oneToOne: { insideWeeklyHours: true, howOften: "about once a week" },
      telehealth: {
        offered: true,
        which: "Some one-to-one and family sessions can be by video. Group sessions meet in person.",
      },
      languages: { sessions: ["English"], freeInterpreter: true },
      insurance: {
        accepted: ["medicaid", "medicare", "tricare", "private"],
        withoutInsurance:
          "No insurance? Ask about our self-pay price. It can be lower if your income is low (a sliding scale).",
      },
      firstCall: {
        minutes: 20,
        covers:
          "We ask what is going on, what you use, any medicines, your health, where you live and your insurance. You can say you would rather not answer.",
      },
      assessment: {
        minutes: 60,
        where: "at either clinic, or by video",
        cost: "There is no charge for the assessment.",
        testing:
          "You may be asked for a urine sample. It helps us plan safe care. It does not decide whether you can start.",
      },
      bringOnDayOne: [
        "a photo ID",
        "your insurance card, if you have one",
        "a list of every medicine you take, or the bottles",
        "the name and phone number of someone we can call in an emergency",
      ],
      missedSessions:
        "If you have to miss a session, call or text us before it starts if you can. Your counselor helps you catch up. If you miss several, we talk with you about what gets in the way. Missing a session does not end your place.",
      stayingLonger:
        "You can stay longer if you still need this much care. You and your counselor look at it together, using the ASAM criteria.",
      textsAnswered: "We read texts during phone hours. A text sent at night is read the next morning.",
      afterHours: "Once you are in the program, your counselor gives you an after-hours number for staff on call.",
    },
  },
  "content/program.ts",
);
