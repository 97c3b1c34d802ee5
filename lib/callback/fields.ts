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
  callLanguageOther: 40,
  message: 1500,
} as const;

export const FOR_WHOM = ["self", "loved-one"] as const;
export const BEST_TIMES = ["morning", "afternoon", "evening", "any"] as const;
export const INSURANCE = ["private", "medicaid", "medicare", "tricare", "none", "not-sure"] as const;
export const YES_NO = ["yes", "no"] as const;
/** The language for the call: English, Spanish, or another one through an interpreter (named in callLanguageOther). */
export const CALL_LANGUAGES = ["en", "es", "other"] as const;
export type CallLanguage = (typeof CALL_LANGUAGES)[number];

/** Field names in page order: the no-JavaScript post, the error summary and the tests all use them. */
export const FIELD_NAMES = [
  "name",
  "phone",
  "callLanguage",
  "callLanguageOther",
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

/** Hidden fields: the idempotency key, the honeypot that people never see, and the page's language. */
export const SUBMISSION_KEY = "submissionKey";
export const HONEYPOT = "website";
/** Picks the language of the messages and of the answer; read with parseLang, so a bad value never blocks a request. */
export const LANG_FIELD = "lang";

/** What was typed, as strings, so a round trip without JavaScript puts it all back. */
export type FormValues = Partial<Record<FieldName | typeof SUBMISSION_KEY, string>>;
export type FieldErrors = Partial<Record<FieldName, string>>;

/** The confirmation's headings, in the page's language (lib/callback/copy.ts confirmationWords). */
export type ConfirmationWords = { title: string; referenceIs: string; quoteIt: string; whatNext: string };

export type CallbackState =
  | { status: "idle" }
  | { status: "invalid"; errors: FieldErrors; values: FormValues }
  /** Refused as a whole (expired form, foreign origin, too many requests): `message` says what to do instead. */
  | { status: "refused"; message: string; values: FormValues }
  /**
   * `whenWeCall` is worked out from the admissions hours when the request arrives (see lib/admissions-hours.ts);
   * it and the confirmation's `words` are in the page's language.
   */
  | { status: "sent"; reference: string; whenWeCall: string; words: ConfirmationWords };

export const initialCallbackState: CallbackState = { status: "idle" };

export function isFieldName(value: unknown): value is FieldName {
  return typeof value === "string" && (FIELD_NAMES as readonly string[]).includes(value);
}
