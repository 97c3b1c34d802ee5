import { parseContent } from "@/lib/content/parse";
import { programSchema } from "@/lib/content/schemas";

/**
 * A second program, to prove that a provider can make the site theirs by editing content/program.ts alone.
 * `npm test` copies this file over content/program.ts in a scratch copy of the project and builds and tests the
 * whole site against it (tests/provider/run.mjs). Every field a provider can set differs from the shipped program:
 * another name, area code, time zone and admissions days, length, one location instead of two, other mornings,
 * medicines, languages and practical answers, in English and Spanish; `missedSessions` is left out, so its "Ask us" line shows.
 * Lakeshore is as fictional as Riverbend: its numbers are in the 555-0100 to 555-0199 range reserved for fiction.
 */
export const program = parseContent(
  programSchema,
  {
    name: "Lakeshore Recovery Intensive Outpatient",
    shortName: "Lakeshore Recovery",
    disclaimer: {
      en: "Lakeshore Recovery is a made-up program for testing this site. Its phone numbers and address are not real.",
      es: "Lakeshore Recovery es un programa inventado para probar este sitio. Sus teléfonos y su dirección no son reales.",
    },
    admissionsPhone: { display: "(720) 555-0163", e164: "+17205550163" },
    textLine: { display: "(720) 555-0164", e164: "+17205550164" },
    displayEmail: "intake@lakeshore-recovery.example",
    admissionsHours: {
      timeZone: "America/Denver",
      timeZoneName: { en: "Mountain time", es: "hora de la Montaña" },
      blocks: [
        { days: ["Mon", "Tue", "Wed", "Thu"], start: "07:30", end: "18:30" },
        { days: ["Fri"], start: "07:30", end: "17:00" },
        { days: ["Sun"], start: "12:00", end: "16:00" },
      ],
    },
    callbackWithin: { en: "four office hours", es: "cuatro horas de oficina" },
    programLengthWeeks: 10,
    accreditation: {
      en: "Licensed by the state behavioral health office (made-up example)",
      es: "Con licencia de la oficina estatal de salud conductual (ejemplo inventado)",
    },
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
      prescribes: [
        { en: "naltrexone", es: "naltrexona" },
        { en: "buprenorphine", es: "buprenorfina" },
      ],
      welcomesPeopleOn: [
        { en: "methadone", es: "metadona" },
        { en: "buprenorphine", es: "buprenorfina" },
      ],
      coordinatesWith: [{ en: "your primary care clinic", es: "su clínica de atención primaria" }],
    },
    practical: {
      ages: { min: 21 },
      eveningLocationIds: ["lakeshore"],
      oneToOne: { insideWeeklyHours: false, howOften: { en: "every other week", es: "cada dos semanas" } },
      telehealth: { offered: false },
      // Groups in Spanish too, and no free interpreter: unlike Riverbend on both.
      languages: { spanish: { admissions: true, oneToOne: true, groups: true }, freeInterpreter: false },
      insurance: { accepted: ["medicaid", "private"] },
      firstCall: {
        minutes: 15,
        covers: {
          en: "We ask what brings you to us and how to reach you. You can skip any question.",
          es: "Le preguntamos qué lo trae y cómo comunicarnos con usted. Puede saltar cualquier pregunta.",
        },
      },
      assessment: {
        minutes: 90,
        where: { en: "at the center", es: "en el centro" },
        cost: { en: "Your plan is billed for the assessment.", es: "La evaluación se cobra a su seguro." },
        testing: {
          en: "We do not ask for a urine test at the assessment.",
          es: "No pedimos una prueba de orina en la evaluación.",
        },
      },
      bringOnDayOne: [
        { en: "a driver's license or other photo ID", es: "su licencia de manejar u otra identificación con foto" },
        { en: "your medicine bottles", es: "los frascos de sus medicinas" },
      ],
      stayingLonger: {
        en: "Some people stay a few more weeks. Your counselor talks it over with you.",
        es: "Algunas personas se quedan unas semanas más. Su consejero lo habla con usted.",
      },
      textsAnswered: {
        en: "A counselor reads texts on weekdays.",
        es: "Un consejero lee los textos de lunes a viernes.",
      },
      afterHours: {
        en: "At night, a nurse on call answers our main line.",
        es: "De noche, una enfermera de guardia contesta nuestra línea principal.",
      },
    },
  },
  "content/program.ts",
);
