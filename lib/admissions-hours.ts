import type { Program, Weekday } from "@/lib/content/schemas";
import { clockMinutes } from "@/lib/format";
import { formatClock, formatDays, formatTimeRange, weekdayName } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { WEEKDAYS } from "@/lib/schedule";

/*
 * When the admissions team answers, and what that means for a person who asks
 * for a call. Hours live on the program's clock (its time zone), not the
 * server's or the visitor's, so the answer is the same wherever either is.
 */

type AdmissionsHours = Program["admissionsHours"];

/** How each language joins the last block: "…, and Saturday, …" | "…, y los sábados, …". */
const AND: Readonly<Record<Lang, string>> = { en: "and", es: "y" };

/**
 * "Monday to Friday, 8:00 AM to 8:00 PM, and Saturday, 9:00 AM to 1:00 PM, Eastern time" |
 * "de lunes a viernes, de 8:00 a.m. a 8:00 p.m., y sábado, de 9:00 a.m. a 1:00 p.m., hora del Este"
 */
export function formatAdmissionsHours(hours: AdmissionsHours, lang: Lang = "en"): string {
  const parts = hours.blocks.map((b) => `${formatDays(lang, b.days)}, ${formatTimeRange(lang, b)}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")}, ${AND[lang]} ${parts.at(-1)}` : parts[0];
  return `${list}, ${hours.timeZoneName[lang]}`;
}

/** The weekday and minutes since midnight at `at`, read on the clock of `timeZone`. */
export function clockIn(timeZone: string, at: Date): { day: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    day: part("weekday") as Weekday,
    minutes: clockMinutes(`${part("hour")}:${part("minute")}`),
  };
}

export type Availability = { open: true; closes: string } | { open: false; opens: { day: Weekday; start: string } };

/** Whether the team is in at `at`; if not, the next time it opens (at most a week ahead). */
export function availability(hours: AdmissionsHours, at: Date): Availability {
  const now = clockIn(hours.timeZone, at);
  const today = WEEKDAYS.indexOf(now.day);
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = WEEKDAYS[(today + ahead) % 7]!;
    const blocks = hours.blocks.filter((b) => b.days.includes(day)).sort((a, b) => a.start.localeCompare(b.start));
    for (const block of blocks) {
      const start = clockMinutes(block.start);
      const end = clockMinutes(block.end);
      if (ahead === 0 && start <= now.minutes && now.minutes < end) return { open: true, closes: block.end };
      if (ahead > 0 || start > now.minutes) return { open: false, opens: { day, start: block.start } };
    }
  }
  throw new Error("admissions hours list no days");
}

/** A call needs time to set up; a request this close to closing is answered at the next opening. */
const LEAD_MINUTES = 30;

/**
 * What the confirmation says about when the call comes, worked out when the
 * request arrives. After hours it names the day and time the team opens.
 */
export function whenWeCall(
  program: Pick<Program, "admissionsHours" | "callbackWithin">,
  at: Date,
  lang: Lang = "en",
): string {
  const { admissionsHours: hours } = program;
  const zone = hours.timeZoneName[lang];
  const within = program.callbackWithin[lang];
  const soon = availability(hours, new Date(at.getTime() + LEAD_MINUTES * 60_000));
  if (soon.open) {
    const closes = formatClock(lang, soon.closes);
    return lang === "es"
      ? `Nuestro equipo de admisiones atiende hoy hasta las ${closes}, ${zone}. Intentaremos llamarle hoy, a la hora que eligió si escogió una, y siempre dentro de ${within}.`
      : `Our admissions team is in today until ${closes} ${zone}. We aim to call you today, at the best time you chose if you picked one, and always within ${within}.`;
  }
  const day = weekdayName(lang, soon.opens.day);
  const opens = formatClock(lang, soon.opens.start);
  return lang === "es"
    ? `Le llamaremos cuando nuestro equipo de admisiones abra el ${day} a las ${opens}, ${zone}, a la hora que eligió si escogió una, y siempre dentro de ${within}.`
    : `We will call you after our admissions team opens on ${day} at ${opens} ${zone}, at the best time you chose if you picked one, and always within ${within}.`;
}
