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
    disclaimer: {
      en: "Riverbend is a fictional program used to show how this site works. Its phone numbers and addresses are not real. The crisis lines are real.",
      es: "Riverbend es un programa ficticio que muestra cómo funciona este sitio. Sus teléfonos y direcciones no son reales. Las líneas de crisis sí son reales.",
    },
    admissionsPhone: { display: "(555) 555-0142", e164: "+15555550142" },
    textLine: { display: "(555) 555-0143", e164: "+15555550143" },
    displayEmail: "admissions@example.org",
    admissionsHours: {
      timeZone: "America/New_York",
      timeZoneName: { en: "Eastern time", es: "hora del Este" },
      blocks: [
        { days: ["Mon", "Tue", "Wed", "Thu", "Fri"], start: "08:00", end: "20:00" },
        { days: ["Sat"], start: "09:00", end: "13:00" },
      ],
    },
    callbackWithin: { en: "one business day", es: "un día hábil" },
    programLengthWeeks: 8,
    accreditation: {
      en: "Accredited by The Joint Commission (fictional example)",
      es: "Acreditado por The Joint Commission (ejemplo ficticio)",
    },
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
      prescribes: [
        { en: "buprenorphine", es: "buprenorfina" },
        { en: "naltrexone", es: "naltrexona" },
        { en: "acamprosate", es: "acamprosato" },
      ],
      welcomesPeopleOn: [
        { en: "buprenorphine", es: "buprenorfina" },
        { en: "methadone", es: "metadona" },
        { en: "naltrexone", es: "naltrexona" },
      ],
      coordinatesWith: [
        {
          en: "opioid treatment programs (methadone clinics)",
          es: "los programas de tratamiento de opioides (clínicas de metadona)",
        },
        { en: "your own doctor", es: "su propio médico" },
      ],
    },
    practical: {
      ages: { min: 18 },
      eveningLocationIds: ["eastside"],
      oneToOne: {
        insideWeeklyHours: true,
        howOften: { en: "about once a week", es: "más o menos una vez por semana" },
      },
      telehealth: {
        offered: true,
        which: {
          en: "Some one-to-one and family sessions can be by video. Group sessions meet in person.",
          es: "Algunas sesiones individuales y de familia pueden ser por video. Los grupos se reúnen en persona.",
        },
      },
      // Our admissions team and some counselors speak Spanish; groups are in English.
      languages: { spanish: { admissions: true, oneToOne: true, groups: false }, freeInterpreter: true },
      insurance: {
        accepted: ["medicaid", "medicare", "tricare", "private"],
        withoutInsurance: {
          en: "No insurance? Ask about our self-pay price. It can be lower if your income is low (a sliding scale).",
          es: "¿No tiene seguro? Pregunte por nuestro precio sin seguro. Puede ser más bajo si sus ingresos son bajos (escala según ingresos).",
        },
      },
      firstCall: {
        minutes: 20,
        covers: {
          en: "We ask what is going on, what you use, any medicines, your health, where you live and your insurance. You can say you would rather not answer.",
          es: "Le preguntamos qué está pasando, qué consume, qué medicinas toma, cómo está su salud, dónde vive y qué seguro tiene. Puede decir que prefiere no contestar.",
        },
      },
      assessment: {
        minutes: 60,
        where: { en: "at either clinic, or by video", es: "en cualquiera de las clínicas, o por video" },
        cost: { en: "There is no charge for the assessment.", es: "La evaluación no tiene costo." },
        testing: {
          en: "You may be asked for a urine sample. It helps us plan safe care. It does not decide whether you can start.",
          es: "Es posible que le pidamos una muestra de orina. Nos ayuda a planear un cuidado seguro. No decide si usted puede empezar.",
        },
      },
      bringOnDayOne: [
        { en: "a photo ID", es: "una identificación con foto" },
        { en: "your insurance card, if you have one", es: "su tarjeta del seguro, si tiene una" },
        {
          en: "a list of every medicine you take, or the bottles",
          es: "una lista de todas las medicinas que toma, o los frascos",
        },
        {
          en: "the name and phone number of someone we can call in an emergency",
          es: "el nombre y el teléfono de alguien a quien podamos llamar en una emergencia",
        },
      ],
      missedSessions: {
        en: "If you have to miss a session, call or text us before it starts if you can. Your counselor helps you catch up. If you miss several, we talk with you about what gets in the way. Missing a session does not end your place.",
        es: "Si tiene que faltar a una sesión, llámenos o envíenos un texto antes de que empiece, si puede. Su consejero le ayuda a ponerse al día. Si falta a varias, hablamos con usted sobre lo que se lo impide. Faltar a una sesión no le quita su lugar.",
      },
      stayingLonger: {
        en: "You can stay longer if you still need this much care. You and your counselor look at it together, using the ASAM criteria.",
        es: "Puede quedarse más tiempo si todavía necesita este nivel de cuidado. Usted y su consejero lo deciden juntos, con los criterios de ASAM.",
      },
      textsAnswered: {
        en: "We read texts during phone hours. A text sent at night is read the next morning.",
        es: "Leemos los textos en el horario de teléfono. Un texto enviado de noche se lee a la mañana siguiente.",
      },
      afterHours: {
        en: "Once you are in the program, your counselor gives you an after-hours number for staff on call.",
        es: "Cuando ya esté en el programa, su consejero le da un número para hablar con el personal de guardia fuera de horario.",
      },
    },
  },
  "content/program.ts",
);
