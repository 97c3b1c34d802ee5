import * as z from "zod/mini";
import { formatCount } from "@/lib/format";
import {
  BEST_TIMES,
  FOR_WHOM,
  INSURANCE,
  isFieldName,
  LIMITS,
  SUBMISSION_KEY,
  YES_NO,
  type FieldErrors,
} from "./fields";
import { EXAMPLE_PHONE } from "./labels";
import { parseUsPhone, type PhoneProblem, type UsPhone } from "./phone";

/**
 * The callback request: the one schema the browser (react-hook-form via
 * @hookform/resolvers/zod) and the server action both check against; the
 * fields, limits and the state the action hands back are plain data in
 * lib/callback/fields.ts. It lives outside the "use server" file because
 * a server-actions module may only export async functions. zod/mini, the
 * tree-shakable build, because this module ships to the browser, where it is
 * loaded when the person starts using the form (see lib/callback/resolver.ts).
 */

// C0 and C1 controls (CR, LF, TAB and NUL among them) plus the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
// Marks and overrides that make text display in a different order than it is stored.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Line breaks written as %0A, &#10; or \n, which a careless decoder downstream would turn into real ones.
const ENCODED_BREAK = /%0[ad]|&#0*1[03];?|&#x0*[ad];?|\\[rn]/i;
const MARKUP = /[<>]/;
// Characters that show as nothing: format characters (zero-width space, soft hyphen, word joiner, U+180E, the
// Unicode tags that can spell out hidden words, U+E0000-E007F) and the Hangul fillers, which count as letters but
// are blank. With them a name can look empty, or carry words intake would never see.
const INVISIBLE = /[\p{Cf}\u{E0000}-\u{E007F}\u115F\u1160\u3164\uFFA0]/u;
// Zero-width (non-)joiners between two letters shape Persian and Indic words; only there are they allowed.
// (No lookbehind: Safari before 16.4 cannot parse it, and this module runs in the browser.)
const JOINER_IN_WORD = /([\p{L}\p{M}])[\u200C\u200D](?=[\p{L}\p{M}])/gu;
const LETTER = /\p{L}/u;
// In the message, line breaks and tabs are fine; other controls are not.
const CONTROL_IN_MESSAGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function singleLineProblem(value: string): string | undefined {
  if (CONTROL.test(value) || ENCODED_BREAK.test(value)) return "must be on one line, without special characters";
  if (BIDI.test(value)) return "must not contain text-direction characters";
  if (INVISIBLE.test(value.replace(JOINER_IN_WORD, "$1")))
    return "has a hidden character in it that cannot be seen. Please type it again";
  if (MARKUP.test(value)) return "must not contain < or >";
  return undefined;
}

const tooLong = (label: string, max: number) => `${label} must be ${formatCount(max)} characters or fewer`;

/** `missing` is the message for a blank required field (a blank optional field never gets here). */
function singleLine(
  label: string,
  max: number,
  { missing = `Enter your ${label.toLowerCase()}`, needsLetter = false } = {},
) {
  return z.string({ error: (issue) => (issue.input === undefined ? missing : `${label} must be text`) }).check(
    z.trim(),
    z.minLength(1, missing),
    z.maxLength(max, tooLong(label, max)),
    z.superRefine((value, ctx) => {
      const problem = singleLineProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: `${label} ${problem}` });
      // Dots, digits or combining marks alone are not a name we can say on the phone.
      else if (needsLetter && !LETTER.test(value))
        ctx.addIssue({ code: "custom", message: `${label} must have at least one letter` });
    }),
  );
}

/** A field that may be left blank: blank, whitespace, null (an unanswered radio) or absent all become undefined. */
function optional<T extends z.ZodMiniType<unknown, string>>(label: string, schema: T) {
  return z.pipe(
    z.pipe(
      z.optional(z.nullable(z.string({ error: `${label} must be text` }))),
      z.transform((value) => (value == null || value.trim() === "" ? undefined : value)),
    ),
    z.optional(schema),
  );
}

function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

const PHONE_MESSAGES: Record<PhoneProblem, string> = {
  letters: `Enter the phone number using digits only, like ${EXAMPLE_PHONE}`,
  characters: `Enter the phone number using digits only, like ${EXAMPLE_PHONE}`,
  "not-us": "Enter a US phone number. From outside the US, please call us instead",
  length: `Enter a 10-digit US phone number, like ${EXAMPLE_PHONE}`,
  invalid: `Enter a real US phone number, like ${EXAMPLE_PHONE}`,
};

const phone = z.pipe(
  z
    .string({ error: (issue) => (issue.input === undefined ? "Enter your phone number" : "Phone number must be text") })
    .check(
      z.trim(),
      z.minLength(1, "Enter your phone number"),
      z.maxLength(LIMITS.phone, tooLong("Phone number", LIMITS.phone)),
      z.superRefine((value, ctx) => {
        const parsed = parseUsPhone(value);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: PHONE_MESSAGES[parsed.problem] });
      }),
    ),
  // Only reached when the check above passed, so the fallback never applies.
  z.transform((value: string): UsPhone => {
    const parsed = parseUsPhone(value);
    return parsed.ok ? parsed.phone : { e164: value, display: value };
  }),
);

const email = z.pipe(
  singleLine("Email address", LIMITS.email),
  z.email({ error: "Enter an email address in the correct format, like name@example.com" }),
);

const message = z
  .pipe(
    z.string({ error: "Message must be text" }).check(z.maxLength(LIMITS.message, tooLong("Message", LIMITS.message))),
    z.transform((value: string) => value.replace(/\r\n?/g, "\n").trim()),
  )
  .check(
    z.superRefine((value, ctx) => {
      if (CONTROL_IN_MESSAGE.test(value))
        ctx.addIssue({ code: "custom", message: "Message must not contain special characters" });
      if (BIDI.test(value))
        ctx.addIssue({ code: "custom", message: "Message must not contain text-direction characters" });
    }),
  );

const CONSENT_MESSAGE = "Check the box to agree that we may contact you";

const WHOM_MESSAGE = "Select who the call is about";
const VOICEMAIL_MESSAGE = "Select yes or no for leaving a voicemail";
const KEY_MESSAGE = "This form has expired. Reload the page and send it again";

export const callbackSchema = z.pipe(
  z.strictObject({
    name: singleLine("Name", LIMITS.name, { needsLetter: true }),
    phone,
    email: optional("Email address", email),
    forWhom: choice(FOR_WHOM, WHOM_MESSAGE),
    relationship: optional("Relationship", singleLine("Relationship", LIMITS.relationship)),
    bestTime: optional("Best time", choice(BEST_TIMES, "Select a time from the list")),
    insurance: optional("Insurance", choice(INSURANCE, "Select an insurance option from the list")),
    voicemailOk: choice(YES_NO, VOICEMAIL_MESSAGE),
    message: optional("Message", message),
    // A checkbox posts "yes" when ticked and nothing otherwise; react-hook-form reports false.
    consent: z.pipe(
      z
        .union([z.literal("yes"), z.boolean(), z.literal(""), z.null(), z.undefined()], { error: CONSENT_MESSAGE })
        .check(z.refine((value) => value === "yes" || value === true, { error: CONSENT_MESSAGE })),
      z.transform((): true => true),
    ),
    [SUBMISSION_KEY]: z.string({ error: KEY_MESSAGE }).check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, KEY_MESSAGE)),
  }),
  z.transform(({ relationship, ...rest }) =>
    // A relationship typed before switching back to "me" is not about this caller.
    rest.forWhom === "loved-one" ? { ...rest, relationship } : { ...rest, relationship: undefined },
  ),
);

export type CallbackInput = z.input<typeof callbackSchema>;
export type CallbackRequest = z.output<typeof callbackSchema>;

/** First message per field, in page order; errors on fields the person cannot see become one form-level message. */
export function fieldErrorsFrom(error: z.core.$ZodError): { errors: FieldErrors; formError?: string } {
  const errors: FieldErrors = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (isFieldName(field)) errors[field] ??= issue.message;
    else
      formError ??=
        field === SUBMISSION_KEY
          ? issue.message
          : "Something in the form was not right. Please check it and send it again";
  }
  return { errors, formError };
}
