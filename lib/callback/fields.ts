/**
 * The callback form's fields, limits and choices, and the state the server
 * action hands back: plain data with no validation library, so the form can
 * render and hydrate without loading zod (lib/callback/schema.ts checks them).
 */

/** Longest value each text field accepts; the inputs carry the same numbers as maxLength. */
export const LIMITS = {
  name: 100,
  phone: 30,
  email: 254,
  relationship: 80,
  message: 1500,
} as const;

export const FOR_WHOM = ["self", "loved-one"] as const;
export const BEST_TIMES = ["morning", "afternoon", "evening", "any"] as const;
export const INSURANCE = ["private", "medicaid", "medicare", "tricare", "none", "not-sure"] as const;
export const YES_NO = ["yes", "no"] as const;

/** Field names in page order: the no-JavaScript post, the error summary and the tests all use them. */
export const FIELD_NAMES = [
  "name",
  "phone",
  "email",
  "forWhom",
  "relationship",
  "bestTime",
  "insurance",
  "voicemailOk",
  "message",
  "consent",
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Hidden fields: the idempotency key, and the honeypot that people never see. */
export const SUBMISSION_KEY = "submissionKey";
export const HONEYPOT = "website";

/** What was typed, as strings, so a round trip without JavaScript puts it all back. */
export type FormValues = Partial<Record<FieldName | typeof SUBMISSION_KEY, string>>;
export type FieldErrors = Partial<Record<FieldName, string>>;

export type CallbackState =
  | { status: "idle" }
  | { status: "invalid"; errors: FieldErrors; values: FormValues }
  /** Refused as a whole (expired form, foreign origin, too many requests): `message` says what to do instead. */
  | { status: "refused"; message: string; values: FormValues }
  /** `whenWeCall` is worked out from the admissions hours when the request arrives (see lib/admissions-hours.ts). */
  | { status: "sent"; reference: string; whenWeCall: string };

export const initialCallbackState: CallbackState = { status: "idle" };

export function isFieldName(value: unknown): value is FieldName {
  return typeof value === "string" && (FIELD_NAMES as readonly string[]).includes(value);
}
