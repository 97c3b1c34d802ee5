import { z } from "zod";
import { clockMinutes } from "@/lib/format";

/**
 * Schemas for everything in content/. Content is parsed, never cast, so a
 * typo in a date or a missing source fails the build with the file and the
 * field named (see parseContent in ./parse.ts).
 */

const text = z.string().trim().min(1);
/**
 * Words a provider writes in both of the site's languages, side by side, so an edit to one is seen beside the
 * other. Facts (numbers, times, phones) are never localized: they are written once and formatted per language.
 */
const localized = z.strictObject({ en: text, es: text });
const isoDate = z.iso.date();
/** "18:00": 24-hour clock, so arithmetic on it needs no AM/PM parsing. */
/** Lower-case letters, digits and hyphens: page slugs, and ids that become URL fragments such as /faq#how-long-is-iop. */
export const slugSchema = z.string().regex(/^[a-z0-9-]+$/, "use lower-case letters, digits and hyphens");
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use 24-hour HH:MM, for example 18:00");
/** In calendar order, Monday first; lib/schedule.ts relies on this order. */
export const weekdaySchema = z.enum(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], {
  error: "use Mon, Tue, Wed, Thu, Fri, Sat or Sun",
});
const weekday = weekdaySchema;
/** 555-0100 to 555-0199 are reserved for fiction; real providers put their own number here. */
const phone = z
  .strictObject({
    display: text,
    /** E.164, used in tel: and sms: links. */
    e164: z.string().regex(/^\+1\d{10}$/, "use E.164, for example +15555550142"),
  })
  // People read display and their phone dials e164: both must be the same number.
  .refine((p) => p.display.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "") === p.e164.slice(2), {
    message: "write the number as people dial it, with the same 10 digits as e164, for example (555) 555-0142",
    path: ["display"],
  });
/** Keys of content/sources.ts; checked against that list by the loader. */
const sourceIds = z.array(z.string().min(1)).min(1, "cite at least one source");

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeBlockSchema = z
  .strictObject({
    days: z.array(weekday).min(1),
    start: clockTime,
    end: clockTime,
  })
  .refine((b) => b.end > b.start, { message: "end must be after start", path: ["end"] });

export const locationSchema = z.strictObject({
  id: slugSchema,
  name: text,
  street: text,
  city: text,
  region: z.string().length(2),
  postalCode: z.string().regex(/^\d{5}$/),
  morningBlock: timeBlockSchema,
});

/** Plans a provider can say it accepts; content/practical.ts has the words for each. */
export const insurancePlanSchema = z.enum(["medicaid", "medicare", "tricare", "private"]);

/**
 * What people ask before they call. Every field may be left out: the page then
 * shows an "Ask us" line with the admissions phone in its place, never a blank
 * (content/practical.ts). Notes for providers are in content/README.md.
 */
const practicalSchema = z.strictObject({
  /** Who the program takes, by age. */
  ages: z.strictObject({ min: z.number().int().min(0), max: z.number().int().optional() }).optional(),
  /** Ids from `locations` where the evening block meets. */
  eveningLocationIds: z.array(z.string()).min(1).optional(),
  /** Whether one-to-one sessions count inside the weekly hours or come on top of them, and how often. */
  oneToOne: z.strictObject({ insideWeeklyHours: z.boolean(), howOften: localized }).optional(),
  /** Video sessions: offered or not, and which parts. */
  telehealth: z.strictObject({ offered: z.boolean(), which: localized.optional() }).optional(),
  /**
   * What happens in Spanish (every part is also in English), and whether a free interpreter is booked for anything
   * else. The Spanish pages, the confirmation and the JSON-LD say exactly this, so it is a fact, not copy.
   */
  languages: z
    .strictObject({
      spanish: z.strictObject({ admissions: z.boolean(), oneToOne: z.boolean(), groups: z.boolean() }),
      freeInterpreter: z.boolean(),
    })
    .optional(),
  insurance: z
    .strictObject({
      accepted: z.array(insurancePlanSchema).min(1),
      /** What someone without insurance can do: a self-pay price, a sliding scale by income. */
      withoutInsurance: localized.optional(),
    })
    .optional(),
  /** The first phone call: about how long, and what it covers. */
  firstCall: z.strictObject({ minutes: z.number().int().positive(), covers: localized }).optional(),
  /** The assessment: how long, where, what it costs, and any urine or saliva test. */
  assessment: z
    .strictObject({ minutes: z.number().int().positive(), where: localized, cost: localized, testing: localized })
    .optional(),
  bringOnDayOne: z.array(localized).min(1).optional(),
  missedSessions: localized.optional(),
  /** Whether a person can stay past the planned length, and how that is decided. */
  stayingLonger: localized.optional(),
  /** When texts to textLine are read. */
  textsAnswered: localized.optional(),
  /** How people in the program reach staff outside session and phone hours. */
  afterHours: localized.optional(),
});

/** What the program does about medicine for addiction; rendered as a service, an FAQ and on the withdrawal notes. */
const medicationSchema = z.strictObject({
  /** Medicines the program's own prescribers can start or continue. */
  prescribes: z.array(localized),
  /** Medicines a person already takes that the program welcomes them on. */
  welcomesPeopleOn: z.array(localized),
  /** Who the program works with, e.g. opioid treatment programs (methadone clinics). */
  coordinatesWith: z.array(localized),
});

export const programSchema = z
  .strictObject({
    name: text,
    shortName: text,
    /** One honest line shown in the footer, e.g. that the program is fictional. */
    disclaimer: localized.optional(),
    admissionsPhone: phone,
    textLine: phone.optional(),
    /** Shown to visitors; the address that receives requests is INTAKE_EMAIL. */
    displayEmail: z.email().optional(),
    /** The admissions team's hours; the confirmation works out from them when to expect a call. */
    admissionsHours: z.strictObject({
      /** IANA name, e.g. "America/New_York": the hours are on this clock, wherever the visitor or server is. */
      timeZone: z.string().refine(isTimeZone, "use an IANA time zone, for example America/New_York"),
      /** How visitors know that time zone, e.g. "Eastern time". */
      timeZoneName: localized,
      blocks: z.array(timeBlockSchema).min(1),
    }),
    /** How soon the team returns a request, e.g. "one business day"; shown on the confirmation. */
    callbackWithin: localized,
    programLengthWeeks: z.number().int().positive(),
    locations: z.array(locationSchema).min(1),
    accreditation: localized.optional(),
    /** Left out, the site says "ask us" about medicine. */
    medication: medicationSchema.optional(),
    practical: practicalSchema.default({}),
  })
  .superRefine((p, ctx) => {
    const ids = new Set(p.locations.map((l) => l.id));
    p.practical.eveningLocationIds?.forEach((id, i) => {
      if (!ids.has(id)) {
        ctx.addIssue({
          code: "custom",
          path: ["practical", "eveningLocationIds", i],
          message: `no location has the id "${id}"`,
        });
      }
    });
  });

const digits = (value: string) => value.replace(/\D/g, "");

/** The words of a crisis line in one language; the number and links are the line's own, written once. */
const crisisLineWords = z.strictObject({
  name: text,
  action: text,
  /** For lines that also take text messages, e.g. 988: the words of the second link beside the call link. */
  textAction: text.optional(),
  detail: z.string().optional(),
});

export const crisisLineSchema = z
  .strictObject({
    id: z.string(),
    /** The number as running text writes it ("988", "1-800-662-4357"); other text links it wherever it appears. */
    number: z.string().regex(/^\d+(-\d+)*$/, "digits, in groups joined by hyphens, as people read it"),
    href: z.string().regex(/^(tel|https):/),
    /** For lines that also take text messages, e.g. 988. */
    textHref: z.string().regex(/^sms:/).optional(),
    en: crisisLineWords,
    /** Left out for a line that serves only in English: Spanish pages do not show it. */
    es: crisisLineWords.optional(),
    /** "crisis" lines lead every page; a "referral" line (SAMHSA's helpline) finds treatment and gives no counseling. */
    kind: z.enum(["crisis", "referral"]),
  })
  .superRefine((line, ctx) => {
    if (!digits(line.href).endsWith(digits(line.number))) {
      ctx.addIssue({ code: "custom", message: "href must dial the number shown", path: ["href"] });
    }
    if (line.textHref && digits(line.textHref) !== digits(line.number)) {
      ctx.addIssue({ code: "custom", message: "the text link must reach the number", path: ["textHref"] });
    }
    for (const lang of ["en", "es"] as const) {
      const words = line[lang];
      if (!words) continue;
      if (!words.action.includes(line.number)) {
        ctx.addIssue({ code: "custom", message: "action must show the number", path: [lang, "action"] });
      }
      if (!!line.textHref !== !!words.textAction) {
        ctx.addIssue({ code: "custom", message: "a text link needs both textHref and textAction", path: [lang] });
      } else if (words.textAction && !words.textAction.includes(line.number)) {
        ctx.addIssue({ code: "custom", message: "the text link must show the number", path: [lang, "textAction"] });
      }
    }
  });

export const sourceSchema = z
  .strictObject({
    /** Full reference as it should be printed. */
    citation: text,
    url: z.url({ protocol: /^https$/ }).optional(),
    /** A publication number a reviewer can look up, e.g. "HHS Publication No. PEP21-02-01-002". */
    publication: z.string().trim().min(3).optional(),
    /** What this source is used for, when that is not obvious; in both languages. */
    note: localized.optional(),
  })
  .refine((s) => s.url !== undefined || s.publication !== undefined, {
    message: "give a url or a publication number, so a reviewer can open the source",
    path: ["url"],
  });

export const pageMetaSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(60),
    description: z.string().trim().min(50).max(170),
    /** When the reviewer last checked the page's facts and wording. */
    lastReviewed: isoDate,
    /**
     * When the page last changed, if after its review: the page then says so,
     * rather than let the review date vouch for words it has not seen.
     */
    lastUpdated: isoDate.optional(),
    /** A role, not a person's name: "Clinical director (LCSW)". */
    reviewer: z.string().trim().min(3),
    sources: sourceIds,
    /**
     * false leaves each source's note out of the list under the page: for a
     * page with many sources near its size budget (/faq), where the notes
     * would be sent twice (HTML and RSC payload).
     */
    sourceNotes: z.boolean().optional(),
    /** Where the page sends the reader when they finish it. */
    nextStep: z.strictObject({
      href: z.string().startsWith("/"),
      label: text,
      text: text,
    }),
    /**
     * Spanish pages only: the first 12 characters of `git hash-object` of the English page this one translates.
     * The twin check fails when the English page has changed since (tests/content-check/spanish-twins.ts).
     */
    translatedFrom: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/, "the English file's git blob id, e.g. from git hash-object")
      .optional(),
  })
  .refine((m) => !m.lastUpdated || m.lastUpdated > m.lastReviewed, {
    message: "lastUpdated is for changes after the review; remove it when the page is reviewed again",
    path: ["lastUpdated"],
  });

export const scheduleSchema = z
  .strictObject({
    eveningBlock: timeBlockSchema,
    /** What an evening looks like, in order. Each item runs until the next one starts; the last until the block ends. */
    typicalEvening: z
      .array(z.strictObject({ start: clockTime, activity: localized, detail: localized.optional() }))
      .min(2),
    /**
     * The program itself keeps the same days from start to finish; how long a
     * person stays is in content/program.ts. The summary says what that time holds.
     */
    inProgram: z.strictObject({ summary: localized }),
    /** Where people step down to when they finish, e.g. standard outpatient care or support groups. */
    afterProgram: z.strictObject({ name: localized, summary: localized }),
    alumni: z.strictObject({
      sessionsPerWeek: z.number().int().min(1).max(7),
      cost: localized,
      summary: localized,
    }),
    /**
     * Wording for the downloadable calendar. Kept vague on purpose: a calendar
     * is often shared or seen on a lock screen, so it must not say "treatment".
     */
    calendar: z.strictObject({ summary: localized }),
    sources: sourceIds,
  })
  .superRefine((s, ctx) => {
    const blockStart = clockMinutes(s.eveningBlock.start);
    const blockEnd = clockMinutes(s.eveningBlock.end);
    if (s.typicalEvening[0]?.start !== s.eveningBlock.start) {
      ctx.addIssue({
        code: "custom",
        path: ["typicalEvening", 0, "start"],
        message: "the evening starts when the block starts",
      });
    }
    s.typicalEvening.forEach((item, i) => {
      const start = clockMinutes(item.start);
      const previous = s.typicalEvening[i - 1];
      if (start < blockStart || start >= blockEnd) {
        ctx.addIssue({
          code: "custom",
          path: ["typicalEvening", i, "start"],
          message: "must fall inside the evening block",
        });
      } else if (previous && start <= clockMinutes(previous.start)) {
        ctx.addIssue({
          code: "custom",
          path: ["typicalEvening", i, "start"],
          message: "must be later than the item before",
        });
      }
    });
  });

/** One cell of the levels-of-care table: a short statement and the sources that back it. */
const careCellSchema = z.strictObject({ text, sources: sourceIds });

export const careLevelsSchema = z
  .strictObject({
    levels: z
      .array(
        z.strictObject({
          id: slugSchema,
          name: text,
          /** Third-edition ASAM level number(s), e.g. "2.1" or "3.1 to 4". */
          asamLevel: text,
          /** What the fourth edition (2023) calls it, when that differs: "high-intensity outpatient". */
          fourthEdition: z.string().optional(),
          /** Marks the column for the level this program offers. */
          thisProgram: z.boolean().optional(),
        }),
      )
      .min(2),
    /**
     * Table rows. A level with no cell is shown as not covered by our
     * sources: a blank is more honest than a guess.
     */
    factors: z
      .array(z.strictObject({ id: slugSchema, label: text, cells: z.record(slugSchema, careCellSchema) }))
      .min(1),
  })
  .superRefine((data, ctx) => {
    const levelIds = new Set(data.levels.map((l) => l.id));
    if (levelIds.size !== data.levels.length)
      ctx.addIssue({ code: "custom", path: ["levels"], message: "level ids must be unique" });
    data.factors.forEach((factor, i) => {
      for (const id of Object.keys(factor.cells)) {
        if (!levelIds.has(id)) {
          ctx.addIssue({ code: "custom", path: ["factors", i, "cells", id], message: `no level has the id "${id}"` });
        }
      }
    });
  });

export const serviceSchema = z.strictObject({
  id: slugSchema,
  name: text,
  description: text,
  sources: sourceIds,
});

export const faqSchema = z.strictObject({
  /** Becomes the element id, so /faq#how-long-is-iop links straight to it. */
  id: slugSchema,
  question: text,
  /** Plain-text paragraphs; a phone number written as in content/program.ts becomes a link. */
  answer: z.array(text).min(1),
  /** Pages to read next, shown under the answer; kept out of the answer so JSON-LD stays plain text. */
  links: z.array(z.strictObject({ href: z.string().startsWith("/"), label: text })).optional(),
  sources: sourceIds,
});

/** A heading on /services; every service belongs to exactly one group (checked in content/services.ts). */
export const serviceGroupSchema = z.strictObject({
  id: slugSchema,
  title: text,
  serviceIds: z.array(z.string()).min(1),
});

/** Who looks after a person in the program; rendered by CareTeam on /services. */
export const careTeamSchema = z.strictObject({
  plan: text,
  members: z.array(z.strictObject({ role: text, description: text })).min(1),
  afterHours: text,
  sources: sourceIds,
});

/**
 * One statement in the "Is IOP right for me?" self-check. Both meanings are
 * always shown, so the checklist is useful without JavaScript.
 */
export const selfCheckItemSchema = z.strictObject({
  id: slugSchema,
  statement: text,
  ifTrue: text,
  ifNotTrue: text,
  /** Not being able to say "true" is a safety matter (e.g. withdrawal), so the summary puts it first. */
  safety: z.boolean().default(false),
});

export const selfCheckSchema = z.strictObject({
  items: z.array(selfCheckItemSchema).min(2),
  sources: sourceIds,
});

export type Localized = z.infer<typeof localized>;
export type TimeBlock = z.infer<typeof timeBlockSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Program = z.infer<typeof programSchema>;
export type Practical = z.infer<typeof practicalSchema>;
export type Medication = z.infer<typeof medicationSchema>;
export type InsurancePlan = z.infer<typeof insurancePlanSchema>;
export type CrisisLineData = z.infer<typeof crisisLineSchema>;
/** A crisis line in one language, as components render it. */
export type CrisisLine = {
  id: string;
  number: string;
  href: string;
  kind: CrisisLineData["kind"];
  name: string;
  action: string;
  /** The text-message link, and the word that joins it to the call link ("Call 988 or text 988"). */
  text?: { action: string; href: string; or: string };
  detail?: string;
};
export type Source = z.infer<typeof sourceSchema>;
export type PageMeta = z.infer<typeof pageMetaSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type Weekday = z.infer<typeof weekdaySchema>;
export type CareLevels = z.infer<typeof careLevelsSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Faq = z.infer<typeof faqSchema>;
export type ServiceGroup = z.infer<typeof serviceGroupSchema>;
export type CareTeam = z.infer<typeof careTeamSchema>;
export type SelfCheckItem = z.output<typeof selfCheckItemSchema>;
export type SelfCheckData = z.output<typeof selfCheckSchema>;
