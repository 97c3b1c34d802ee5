import { z } from "zod";

/**
 * Schemas for everything in content/. Content is parsed, never cast, so a
 * typo in a date or a missing source fails the build with the file and the
 * field named (see parseContent in ./parse.ts).
 */

const text = z.string().trim().min(1);
const isoDate = z.iso.date();
/** "18:00": 24-hour clock, so arithmetic on it needs no AM/PM parsing. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use 24-hour HH:MM, for example 18:00");
const weekday = z.enum(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
/** 555-0100 to 555-0199 are reserved for fiction; real providers put their own number here. */
const phone = z.strictObject({
  display: text,
  /** E.164, used in tel: and sms: links. */
  e164: z.string().regex(/^\+1\d{10}$/, "use E.164, for example +15555550142"),
});
/** Keys of content/sources.ts; checked against that list by the loader. */
const sourceIds = z.array(z.string().min(1)).min(1, "cite at least one source");

export const timeBlockSchema = z
  .strictObject({
    days: z.array(weekday).min(1),
    start: clockTime,
    end: clockTime,
  })
  .refine((b) => b.end > b.start, { message: "end must be after start", path: ["end"] });

export const locationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  street: text,
  city: text,
  region: z.string().length(2),
  postalCode: z.string().regex(/^\d{5}$/),
  morningBlock: timeBlockSchema,
});

export const programSchema = z.strictObject({
  name: text,
  shortName: text,
  /** One honest line shown in the footer, e.g. that the program is fictional. */
  disclaimer: z.string().optional(),
  admissionsPhone: phone,
  textLine: phone.optional(),
  /** Shown to visitors; the address that receives requests is INTAKE_EMAIL. */
  displayEmail: z.email().optional(),
  admissionsHours: text,
  /** When a person who asks for a call can expect it; shown on the confirmation. */
  callbackPromise: text,
  programLengthWeeks: z.number().int().positive(),
  locations: z.array(locationSchema).min(1),
  accreditation: z.string().optional(),
});

export const crisisLineSchema = z.strictObject({
  id: z.string(),
  name: text,
  action: text,
  href: z.string().regex(/^(tel|sms|https):/),
  detail: z.string().optional(),
});

export const sourceSchema = z.strictObject({
  /** Full reference as it should be printed. */
  citation: text,
  url: z.url({ protocol: /^https$/ }).optional(),
  /** What this source is used for, when that is not obvious. */
  note: z.string().optional(),
});

export const pageMetaSchema = z.strictObject({
  title: z.string().trim().min(3).max(60),
  description: z.string().trim().min(50).max(170),
  /** Short name used in navigation and breadcrumbs. */
  navLabel: z.string().trim().min(2).max(30),
  lastReviewed: isoDate,
  /** A role, not a person's name: "Clinical director (LCSW)". */
  reviewer: z.string().trim().min(3),
  sources: sourceIds,
  /** Where the page sends the reader when they finish it. */
  nextStep: z.strictObject({
    href: z.string().startsWith("/"),
    label: text,
    text: text,
  }),
});

export const scheduleSchema = z.strictObject({
  eveningBlock: timeBlockSchema,
  /** What an evening looks like, in order; times inside the evening block. */
  typicalEvening: z.array(z.strictObject({ start: clockTime, activity: text })).min(2),
  phases: z
    .array(
      z.strictObject({
        name: text,
        weeks: text,
        daysPerWeek: z.number().int().min(1).max(7),
        summary: text,
      }),
    )
    .min(2),
  alumni: z.strictObject({
    day: weekday,
    start: clockTime,
    end: clockTime,
    cost: text,
    summary: text,
  }),
  sources: sourceIds,
});

export const serviceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  description: text,
  sources: sourceIds,
});

export const faqSchema = z.strictObject({
  /** Becomes the element id, so /faq#how-long-is-iop links straight to it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: text,
  /** Plain-text paragraphs: rendered on the page and in FAQPage JSON-LD alike. */
  answer: z.array(text).min(1),
  /** Pages to read next, shown under the answer; kept out of the answer so JSON-LD stays plain text. */
  links: z.array(z.strictObject({ href: z.string().startsWith("/"), label: text })).optional(),
  sources: sourceIds,
});

/** A heading on /services; every service belongs to exactly one group (checked in content/services.ts). */
export const serviceGroupSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
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
  id: z.string().regex(/^[a-z0-9-]+$/),
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

export type TimeBlock = z.infer<typeof timeBlockSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Program = z.infer<typeof programSchema>;
export type CrisisLine = z.infer<typeof crisisLineSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type PageMeta = z.infer<typeof pageMetaSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Faq = z.infer<typeof faqSchema>;
export type ServiceGroup = z.infer<typeof serviceGroupSchema>;
export type CareTeam = z.infer<typeof careTeamSchema>;
export type SelfCheckItem = z.output<typeof selfCheckItemSchema>;
export type SelfCheckData = z.output<typeof selfCheckSchema>;
