import { program as defaultProgram } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { InsurancePlan, Localized, Program } from "@/lib/content/schemas";
import { formatHourFigure } from "@/lib/format";
import { formatList } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { hoursPerWeek } from "@/lib/schedule";

/*
 * Plain answers to "can I actually come?", built from the `practical` and
 * `medication` fields of content/program.ts. A field a provider leaves out
 * becomes an "Ask us" line with the admissions phone, never a blank, so a
 * page never promises what the program has not said. The answers are plain
 * text (phone numbers in them become links). The facts are read once; only
 * the sentences around them are per language, in WORDS below.
 */

export type PracticalTopic =
  | "ages"
  | "eveningPlace"
  | "oneToOne"
  | "telehealth"
  | "languages"
  | "insurance"
  | "firstCall"
  | "assessment"
  | "bringOnDayOne"
  | "missedSessions"
  | "stayingLonger"
  | "textsAnswered"
  | "afterHours"
  | "medication";

/** One answer: the words to show, and whether they are the program's own or an "Ask us" line. */
export type PracticalAnswer = {
  label: string;
  text: string;
  askUs: boolean;
  /** For a list (what to bring): the items, so a page can show them as a list rather than one long sentence. */
  items?: string[];
};

type Place = { name: string; street: string; city: string };
type Spanish = NonNullable<Program["practical"]["languages"]>;

/** The sentences of one language around the program's facts. Every language must say every one (the type checks). */
type PracticalWords = {
  topics: Record<PracticalTopic, { label: string; askAbout: string }>;
  plans: Record<InsurancePlan, string>;
  askUs: (askAbout: string, phone: string) => string;
  atNight: string;
  relay: string;
  and: (items: readonly string[]) => string;
  or: (items: readonly string[]) => string;
  ages: (min: number, max?: number) => string;
  eveningPlace: (places: string) => string;
  place: (l: Place) => string;
  oneToOne: (howOften: string, weeklyHours: string, inside: boolean) => string;
  telehealthDefault: string;
  noTelehealth: string;
  languages: (spanish: Spanish["spanish"], freeInterpreter: boolean) => string;
  insurance: (plans: string) => string;
  firstCall: (minutes: number) => string;
  assessment: (minutes: number, where: string) => string;
  bring: (items: string) => string;
  textsNotForEmergencies: string;
  prescribes: (medicines: string) => string;
  welcomes: (medicines: string) => string;
  coordinates: (whom: string) => string;
  whoAnswers: (phone: string, hours: string) => string;
};

const WORDS: Record<Lang, PracticalWords> = {
  en: {
    topics: {
      ages: { label: "Ages", askAbout: "age limits" },
      eveningPlace: { label: "Where evenings meet", askAbout: "where the evening sessions meet" },
      oneToOne: { label: "One-to-one time", askAbout: "one-to-one sessions" },
      telehealth: { label: "Video sessions", askAbout: "video sessions" },
      languages: { label: "Languages", askAbout: "interpreters and languages" },
      insurance: { label: "Insurance and cost", askAbout: "which plans we accept and what it costs" },
      firstCall: { label: "The first call", askAbout: "what the first call involves" },
      assessment: { label: "The assessment", askAbout: "what the assessment involves" },
      bringOnDayOne: { label: "What to bring on day one", askAbout: "what to bring on your first day" },
      missedSessions: { label: "If you miss a session", askAbout: "what happens if you miss a session" },
      stayingLonger: { label: "Staying longer", askAbout: "staying longer in the program" },
      textsAnswered: { label: "Texts", askAbout: "when texts are answered" },
      afterHours: { label: "At night and on weekends", askAbout: "reaching staff after hours" },
      medication: { label: "Medicine", askAbout: "which medicines we prescribe or continue" },
    },
    plans: { medicaid: "Medicaid", medicare: "Medicare", tricare: "TRICARE", private: "private health plans" },
    askUs: (about, phone) => `Ask us about ${about}: call ${phone}.`,
    atNight:
      "At night, if you are struggling, call 988 or text 988. If someone may be in danger or has taken too much, call 911.",
    relay: "If you are deaf or hard of hearing, or find speaking hard, you can call us through relay: dial 711.",
    and: (items) => listWords(items, "and"),
    or: (items) => listWords(items, "or"),
    ages: (min, max) =>
      max === undefined
        ? `The program is for adults ${min} and older.`
        : `The program is for people aged ${min} to ${max}.`,
    eveningPlace: (places) => `Evening sessions meet at ${places}.`,
    place: (l) => `${l.name}, ${l.street}, ${l.city}`,
    oneToOne: (howOften, weekly, inside) =>
      inside
        ? `You meet your own counselor one-to-one ${howOften}. This is part of your ${weekly} hours a week, not extra time.`
        : `You meet your own counselor one-to-one ${howOften}. This comes on top of your ${weekly} hours a week of group time.`,
    telehealthDefault: "Some sessions can be by video.",
    noTelehealth: "All sessions meet in person. We do not offer sessions by video.",
    languages: (es, interpreter) =>
      [
        es.admissions ? "Our admissions team speaks Spanish, so your first call and assessment can be in Spanish." : "",
        es.oneToOne ? "One-to-one sessions can be in Spanish." : "",
        es.groups ? "Some groups meet in Spanish." : "Group sessions are in English.",
        interpreter ? "If you need another language or sign language, we book an interpreter for you, free." : "",
      ]
        .filter(Boolean)
        .join(" "),
    insurance: (plans) => `We accept ${plans}. We check what your plan covers for free, before you start.`,
    firstCall: (minutes) => `The first call takes about ${minutes} minutes.`,
    assessment: (minutes, where) => `The assessment takes about ${minutes} minutes, ${where}.`,
    bring: (items) => `Please bring ${items}.`,
    textsNotForEmergencies: "Texts are not for emergencies.",
    prescribes: (m) => `Our doctors can prescribe ${m}.`,
    welcomes: (m) => `If you already take ${m}, you are welcome here, and you keep taking it.`,
    coordinates: (whom) => `With your consent, we work with ${whom}.`,
    whoAnswers: (phone, hours) => `Our own admissions team, not a call center: ${phone}, ${hours}.`,
  },
  es: {
    topics: {
      ages: { label: "Edades", askAbout: "los límites de edad" },
      eveningPlace: { label: "Dónde son las sesiones de la tarde", askAbout: "dónde son las sesiones de la tarde" },
      oneToOne: { label: "Sesiones individuales", askAbout: "las sesiones individuales" },
      telehealth: { label: "Sesiones por video", askAbout: "las sesiones por video" },
      languages: { label: "Idiomas", askAbout: "los idiomas y los intérpretes" },
      insurance: { label: "Seguro y costo", askAbout: "qué seguros aceptamos y cuánto cuesta" },
      firstCall: { label: "La primera llamada", askAbout: "cómo es la primera llamada" },
      assessment: { label: "La evaluación", askAbout: "cómo es la evaluación" },
      bringOnDayOne: { label: "Qué traer el primer día", askAbout: "qué traer el primer día" },
      missedSessions: { label: "Si falta a una sesión", askAbout: "qué pasa si falta a una sesión" },
      stayingLonger: { label: "Quedarse más tiempo", askAbout: "quedarse más tiempo en el programa" },
      textsAnswered: { label: "Mensajes de texto", askAbout: "cuándo contestamos los textos" },
      afterHours: { label: "De noche y los fines de semana", askAbout: "cómo hablar con el personal fuera de horario" },
      medication: { label: "Medicinas", askAbout: "qué medicinas recetamos o mantenemos" },
    },
    plans: {
      medicaid: "Medicaid",
      medicare: "Medicare",
      tricare: "TRICARE",
      private: "seguros médicos privados",
    },
    askUs: (about, phone) => `Pregúntenos sobre ${about}: llame al ${phone}.`,
    atNight:
      "De noche, si se siente muy mal, llame al 988 o envíe un texto al 988. Si alguien puede estar en peligro o tomó demasiado, llame al 911.",
    relay:
      "Si es sordo o tiene problemas de audición o del habla, puede llamarnos por el servicio de relevo: marque 711.",
    and: (items) => formatList("es", items),
    or: (items) => listWords(items, "o"),
    ages: (min, max) =>
      max === undefined
        ? `El programa es para adultos de ${min} años o más.`
        : `El programa es para personas de ${min} a ${max} años.`,
    eveningPlace: (places) => `Las sesiones de la tarde son en ${places}.`,
    place: (l) => `${l.name}, ${l.street}, ${l.city}`,
    oneToOne: (howOften, weekly, inside) =>
      inside
        ? `Usted se reúne a solas con su consejero ${howOften}. Esto es parte de sus ${weekly} horas por semana, no es tiempo extra.`
        : `Usted se reúne a solas con su consejero ${howOften}. Esto es además de sus ${weekly} horas por semana de grupo.`,
    telehealthDefault: "Algunas sesiones pueden ser por video.",
    noTelehealth: "Todas las sesiones son en persona. No ofrecemos sesiones por video.",
    languages: (es, interpreter) =>
      [
        es.admissions
          ? "Nuestro equipo de admisiones habla español, así que la primera llamada y la evaluación pueden ser en español."
          : "Nuestro equipo de admisiones habla inglés.",
        es.oneToOne ? "Las sesiones individuales pueden ser en español." : "",
        es.groups ? "Algunos grupos se reúnen en español." : "Los grupos son en inglés.",
        interpreter
          ? "Para todo lo demás, o si necesita otro idioma o lengua de señas, le conseguimos un intérprete gratis."
          : "",
      ]
        .filter(Boolean)
        .join(" "),
    insurance: (plans) => `Aceptamos ${plans}. Revisamos gratis lo que cubre su seguro antes de que empiece.`,
    firstCall: (minutes) => `La primera llamada dura unos ${minutes} minutos.`,
    assessment: (minutes, where) => `La evaluación dura unos ${minutes} minutos, ${where}.`,
    bring: (items) => `Por favor, traiga ${items}.`,
    textsNotForEmergencies: "Los textos no son para emergencias.",
    prescribes: (m) => `Nuestros médicos pueden recetar ${m}.`,
    welcomes: (m) => `Si ya toma ${m}, es bienvenido aquí y sigue tomándola.`,
    coordinates: (whom) => `Con su permiso, trabajamos con ${whom}.`,
    whoAnswers: (phone, hours) => `Nuestro propio equipo de admisiones, no un centro de llamadas: ${phone}, ${hours}.`,
  },
};

/** "a", "a and b", "a, b and c"; with "or", "a, b or c". */
export function listWords(items: readonly string[], joiner: string = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${joiner} ${items.at(-1)}`;
}

export function askUsLine(
  topic: PracticalTopic,
  p: Pick<Program, "admissionsPhone"> = defaultProgram,
  lang: Lang = "en",
): string {
  return WORDS[lang].askUs(WORDS[lang].topics[topic].askAbout, p.admissionsPhone.display);
}

/** What to do at night, whatever the program says about its own after-hours line. */
export const atNight = (lang: Lang) => WORDS[lang].atNight;

/** Deaf, hard of hearing or speech disability: the relay service reaches any number, nationwide. */
export const relayLine = (lang: Lang) => WORDS[lang].relay;

function fromProgram(p: Program, topic: PracticalTopic, lang: Lang): string | undefined {
  const x = p.practical;
  const w = WORDS[lang];
  const words = (items: readonly Localized[]) => items.map((item) => item[lang]);
  switch (topic) {
    case "ages":
      return x.ages && w.ages(x.ages.min, x.ages.max);
    case "eveningPlace": {
      const places = x.eveningLocationIds?.map((id) => p.locations.find((l) => l.id === id)).filter((l) => !!l);
      if (!places?.length) return undefined;
      return w.eveningPlace(w.and(places.map(w.place)));
    }
    case "oneToOne":
      return (
        x.oneToOne &&
        w.oneToOne(
          x.oneToOne.howOften[lang],
          formatHourFigure(hoursPerWeek(schedule.eveningBlock)),
          x.oneToOne.insideWeeklyHours,
        )
      );
    case "telehealth":
      if (!x.telehealth) return undefined;
      return x.telehealth.offered ? (x.telehealth.which?.[lang] ?? w.telehealthDefault) : w.noTelehealth;
    case "languages":
      return x.languages && w.languages(x.languages.spanish, x.languages.freeInterpreter);
    case "insurance": {
      if (!x.insurance) return undefined;
      const plans = w.insurance(w.and(x.insurance.accepted.map((plan) => w.plans[plan])));
      return x.insurance.withoutInsurance ? `${plans} ${x.insurance.withoutInsurance[lang]}` : plans;
    }
    case "firstCall":
      return x.firstCall && `${w.firstCall(x.firstCall.minutes)} ${x.firstCall.covers[lang]}`;
    case "assessment": {
      const a = x.assessment;
      return a && `${w.assessment(a.minutes, a.where[lang])} ${a.cost[lang]} ${a.testing[lang]}`;
    }
    case "bringOnDayOne":
      return x.bringOnDayOne && w.bring(w.and(words(x.bringOnDayOne)));
    case "missedSessions":
      return x.missedSessions?.[lang];
    case "stayingLonger":
      return x.stayingLonger?.[lang];
    case "textsAnswered":
      return p.textLine && x.textsAnswered ? `${x.textsAnswered[lang]} ${w.textsNotForEmergencies}` : undefined;
    case "afterHours":
      return x.afterHours?.[lang];
    case "medication": {
      const m = p.medication;
      if (!m || (m.prescribes.length === 0 && m.welcomesPeopleOn.length === 0)) return undefined;
      const parts: string[] = [];
      if (m.prescribes.length > 0) parts.push(w.prescribes(w.and(words(m.prescribes))));
      if (m.welcomesPeopleOn.length > 0) parts.push(w.welcomes(w.or(words(m.welcomesPeopleOn))));
      if (m.coordinatesWith.length > 0) parts.push(w.coordinates(w.and(words(m.coordinatesWith))));
      return parts.join(" ");
    }
  }
}

/** The answer for one topic in `lang`: the program's words, or "Ask us" with the admissions phone. */
export function practicalAnswer(
  topic: PracticalTopic,
  p: Program = defaultProgram,
  lang: Lang = "en",
): PracticalAnswer {
  const w = WORDS[lang];
  const text = fromProgram(p, topic, lang);
  const always =
    topic === "languages" ? ` ${w.relay}` : topic === "afterHours" || topic === "textsAnswered" ? ` ${w.atNight}` : "";
  const items = topic === "bringOnDayOne" ? p.practical.bringOnDayOne?.map((item) => item[lang]) : undefined;
  const label = w.topics[topic].label;
  return text
    ? { label, text: `${text}${always}`, askUs: false, ...(items ? { items } : {}) }
    : { label, text: `${askUsLine(topic, p, lang)}${always}`, askUs: true };
}

/** Phone hours in words, for "who answers". */
export function whoAnswers(p: Program = defaultProgram, lang: Lang = "en"): string {
  return WORDS[lang].whoAnswers(p.admissionsPhone.display, formatAdmissionsHours(p.admissionsHours, lang));
}
