import { program as defaultProgram } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { InsurancePlan, Program } from "@/lib/content/schemas";
import { formatHourFigure } from "@/lib/format";
import { hoursPerWeek } from "@/lib/schedule";

/*
 * Plain answers to "can I actually come?", built from the `practical` and
 * `medication` fields of content/program.ts. A field a provider leaves out
 * becomes an "Ask us" line with the admissions phone, never a blank, so a
 * page never promises what the program has not said. The answers are plain
 * text, because the same strings feed the FAQ's structured data.
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

/** What each topic is called, in a heading and in its "Ask us" line. */
const TOPICS: Record<PracticalTopic, { label: string; askAbout: string }> = {
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
};

const PLAN_NAMES: Record<InsurancePlan, string> = {
  medicaid: "Medicaid",
  medicare: "Medicare",
  tricare: "TRICARE",
  private: "private health plans",
};

/** "a", "a and b", "a, b and c"; with "or", "a, b or c". */
export function listWords(items: readonly string[], joiner: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${joiner} ${items.at(-1)}`;
}

export function askUsLine(topic: PracticalTopic, p: Pick<Program, "admissionsPhone"> = defaultProgram): string {
  return `Ask us about ${TOPICS[topic].askAbout}: call ${p.admissionsPhone.display}.`;
}

/** What to do at night, whatever the program says about its own after-hours line. */
export const AT_NIGHT =
  "At night, if you are struggling, call 988 or text 988. If someone may be in danger or has taken too much, call 911.";

/** Deaf, hard of hearing or speech disability: the relay service reaches any number, nationwide. */
export const RELAY_LINE =
  "If you are deaf or hard of hearing, or find speaking hard, you can call us through relay: dial 711.";

function fromProgram(p: Program, topic: PracticalTopic): string | undefined {
  const x = p.practical;
  switch (topic) {
    case "ages":
      return (
        x.ages &&
        (x.ages.max === undefined
          ? `The program is for adults ${x.ages.min} and older.`
          : `The program is for people aged ${x.ages.min} to ${x.ages.max}.`)
      );
    case "eveningPlace": {
      const places = x.eveningLocationIds?.map((id) => p.locations.find((l) => l.id === id)).filter((l) => !!l);
      if (!places?.length) return undefined;
      return `Evening sessions meet at ${listWords(places.map((l) => `${l.name}, ${l.street}, ${l.city}`))}.`;
    }
    case "oneToOne": {
      if (!x.oneToOne) return undefined;
      const weekly = `${formatHourFigure(hoursPerWeek(schedule.eveningBlock))} hours a week`;
      return x.oneToOne.insideWeeklyHours
        ? `You meet your own counselor one-to-one ${x.oneToOne.howOften}. This is part of your ${weekly}, not extra time.`
        : `You meet your own counselor one-to-one ${x.oneToOne.howOften}. This comes on top of your ${weekly} of group time.`;
    }
    case "telehealth":
      if (!x.telehealth) return undefined;
      return x.telehealth.offered
        ? (x.telehealth.which ?? "Some sessions can be by video.")
        : "All sessions meet in person. We do not offer sessions by video.";
    case "languages": {
      if (!x.languages) return undefined;
      const held = `Sessions are in ${listWords(x.languages.sessions)}.`;
      return x.languages.freeInterpreter
        ? `${held} If you need another language or sign language, we book an interpreter for you, free.`
        : held;
    }
    case "insurance": {
      if (!x.insurance) return undefined;
      const plans = `We accept ${listWords(x.insurance.accepted.map((plan) => PLAN_NAMES[plan]))}. We check what your plan covers for free, before you start.`;
      return x.insurance.withoutInsurance ? `${plans} ${x.insurance.withoutInsurance}` : plans;
    }
    case "firstCall":
      return x.firstCall && `The first call takes about ${x.firstCall.minutes} minutes. ${x.firstCall.covers}`;
    case "assessment":
      return (
        x.assessment &&
        `The assessment takes about ${x.assessment.minutes} minutes, ${x.assessment.where}. ${x.assessment.cost} ${x.assessment.testing}`
      );
    case "bringOnDayOne":
      return x.bringOnDayOne && `Please bring ${listWords(x.bringOnDayOne)}.`;
    case "missedSessions":
      return x.missedSessions || undefined;
    case "stayingLonger":
      return x.stayingLonger || undefined;
    case "textsAnswered":
      return p.textLine && x.textsAnswered ? `${x.textsAnswered} Texts are not for emergencies.` : undefined;
    case "afterHours":
      return x.afterHours || undefined;
    case "medication": {
      const m = p.medication;
      if (!m || (m.prescribes.length === 0 && m.welcomesPeopleOn.length === 0)) return undefined;
      const parts: string[] = [];
      if (m.prescribes.length > 0) parts.push(`Our doctors can prescribe ${listWords(m.prescribes)}.`);
      if (m.welcomesPeopleOn.length > 0) {
        parts.push(
          `If you already take ${listWords(m.welcomesPeopleOn, "or")}, you are welcome here, and you keep taking it.`,
        );
      }
      if (m.coordinatesWith.length > 0) {
        parts.push(`With your consent, we work with ${listWords(m.coordinatesWith)}.`);
      }
      return parts.join(" ");
    }
  }
}

/** The answer for one topic: the program's words, or "Ask us" with the admissions phone. */
export function practicalAnswer(topic: PracticalTopic, p: Program = defaultProgram): PracticalAnswer {
  const text = fromProgram(p, topic);
  const always =
    topic === "languages"
      ? ` ${RELAY_LINE}`
      : topic === "afterHours" || topic === "textsAnswered"
        ? ` ${AT_NIGHT}`
        : "";
  const items = topic === "bringOnDayOne" ? p.practical.bringOnDayOne : undefined;
  return text
    ? { label: TOPICS[topic].label, text: `${text}${always}`, askUs: false, ...(items ? { items } : {}) }
    : { label: TOPICS[topic].label, text: `${askUsLine(topic, p)}${always}`, askUs: true };
}

/** Phone hours in words, for "who answers". */
export function whoAnswers(p: Program = defaultProgram): string {
  return `Our own admissions team, not a call center: ${p.admissionsPhone.display}, ${formatAdmissionsHours(p.admissionsHours)}.`;
}
