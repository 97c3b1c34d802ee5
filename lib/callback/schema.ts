import * as z from "zod/mini";
import { formatCount } from "@/lib/format";
import type { Lang } from "@/lib/i18n/locales";
import {
  BEST_TIMES,
  CALL_LANGUAGES,
  FOR_WHOM,
  INSURANCE,
  isFieldName,
  LIMITS,
  SUBMISSION_KEY,
  YES_NO,
  type FieldErrors,
} from "./fields";
import { callbackMessages, type CallbackMessages, type LineProblem } from "./messages";
import { perLang } from "@/lib/i18n/per-lang";
import { parseUsPhone, type UsPhone } from "./phone";

/**
 * The callback request: the one schema the browser (react-hook-form via
 * @hookform/resolvers/zod) and the server action both check against; the
 * fields, limits and the state the action hands back are plain data in
 * lib/callback/fields.ts. It lives outside the "use server" file because
 * a server-actions module may only export async functions. zod/mini, the
 * tree-shakable build, because this module ships to the browser, where it is
 * loaded when the person starts using the form (see lib/callback/resolver.ts).
 *
 * One schema per language, built from that language's messages
 * (lib/callback/messages.ts) and kept: every message in lib/callback/schema.ts
 * is set on the schema itself, which in zod outranks any locale or per-parse
 * error map, and z.config() would switch the language of the whole process
 * (the content schemas' build errors included) rather than of one request.
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

export function singleLineProblem(value: string): LineProblem | undefined {
  if (CONTROL.test(value) || ENCODED_BREAK.test(value)) return "oneLine";
  if (BIDI.test(value)) return "direction";
  if (INVISIBLE.test(value.replace(JOINER_IN_WORD, "$1"))) return "hidden";
  if (MARKUP.test(value)) return "markup";
  return undefined;
}

type TextMessages = CallbackMessages["callLanguageOther"];

/** `missing` is the message for a blank required field; an optional field is never blank here (see `optional`). */
function singleLine(m: TextMessages, max: number, { missing, noLetter }: { missing?: string; noLetter?: string } = {}) {
  return z.string({ error: (issue) => (issue.input === undefined && missing ? missing : m.notText) }).check(
    z.trim(),
    ...(missing ? [z.minLength(1, missing)] : []),
    z.maxLength(max, m.tooLong(formatCount(max))),
    z.superRefine((value, ctx) => {
      const problem = singleLineProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: m.line[problem] });
      // Dots, digits or combining marks alone are not a name we can say on the phone.
      else if (noLetter && !LETTER.test(value)) ctx.addIssue({ code: "custom", message: noLetter });
    }),
  );
}

/** A field that may be left blank: blank, whitespace, null (an unanswered radio) or absent all become undefined. */
function optional<T extends z.ZodMiniType<unknown, string>>(notText: string, schema: T) {
  return z.pipe(
    z.pipe(
      z.optional(z.nullable(z.string({ error: notText }))),
      z.transform((value) => (value == null || value.trim() === "" ? undefined : value)),
    ),
    z.optional(schema),
  );
}

function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

function phone(m: CallbackMessages["phone"]) {
  return z.pipe(
    z.string({ error: (issue) => (issue.input === undefined ? m.missing : m.notText) }).check(
      z.trim(),
      z.minLength(1, m.missing),
      z.maxLength(LIMITS.phone, m.tooLong(formatCount(LIMITS.phone))),
      z.superRefine((value, ctx) => {
        const parsed = parseUsPhone(value);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: m.problems[parsed.problem] });
      }),
    ),
    // Only reached when the check above passed, so the fallback never applies.
    z.transform((value: string): UsPhone => {
      const parsed = parseUsPhone(value);
      return parsed.ok ? parsed.phone : { e164: value, display: value };
    }),
  );
}

function message(m: CallbackMessages["message"]) {
  return z
    .pipe(
      z.string({ error: m.notText }).check(z.maxLength(LIMITS.message, m.tooLong(formatCount(LIMITS.message)))),
      z.transform((value: string) => value.replace(/\r\n?/g, "\n").trim()),
    )
    .check(
      z.superRefine((value, ctx) => {
        if (CONTROL_IN_MESSAGE.test(value)) ctx.addIssue({ code: "custom", message: m.special });
        if (BIDI.test(value)) ctx.addIssue({ code: "custom", message: m.direction });
      }),
    );
}

/**
 * The request as `lang`'s form sends it. Its output also carries `lang`, the
 * page's language, which the schema knows from being built for it rather than
 * from the post, and the language for the call: the page's own when the field
 * is absent (a page loaded before the field existed).
 */
export function buildCallbackSchema(m: CallbackMessages, lang: Lang) {
  return z.pipe(
    z.strictObject({
      name: singleLine(m.name, LIMITS.name, { missing: m.name.missing, noLetter: m.name.noLetter }),
      phone: phone(m.phone),
      callLanguage: optional(m.callLanguage.notText, choice(CALL_LANGUAGES, m.callLanguage.choose)),
      callLanguageOther: optional(
        m.callLanguageOther.notText,
        singleLine(m.callLanguageOther, LIMITS.callLanguageOther),
      ),
      email: optional(m.email.notText, z.pipe(singleLine(m.email, LIMITS.email), z.email({ error: m.email.format }))),
      forWhom: choice(FOR_WHOM, m.forWhom),
      relationship: optional(m.relationship.notText, singleLine(m.relationship, LIMITS.relationship)),
      bestTime: optional(m.bestTime.notText, choice(BEST_TIMES, m.bestTime.choose)),
      insurance: optional(m.insurance.notText, choice(INSURANCE, m.insurance.choose)),
      voicemailOk: choice(YES_NO, m.voicemailOk),
      message: optional(m.message.notText, message(m.message)),
      // A checkbox posts "yes" when ticked and nothing otherwise; react-hook-form reports false.
      consent: z.pipe(
        z
          .union([z.literal("yes"), z.boolean(), z.literal(""), z.null(), z.undefined()], { error: m.consent })
          .check(z.refine((value) => value === "yes" || value === true, { error: m.consent })),
        z.transform((): true => true),
      ),
      [SUBMISSION_KEY]: z.string({ error: m.expired }).check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, m.expired)),
    }),
    z.transform(({ relationship, callLanguage = lang, callLanguageOther, ...rest }) => ({
      ...rest,
      lang,
      // Words typed in a box that does not apply (a relationship, then "me"; a language, then English) are dropped.
      relationship: rest.forWhom === "loved-one" ? relationship : undefined,
      callLanguage,
      callLanguageOther: callLanguage === "other" ? callLanguageOther : undefined,
    })),
  );
}

export type CallbackInput = z.input<ReturnType<typeof buildCallbackSchema>>;
export type CallbackRequest = z.output<ReturnType<typeof buildCallbackSchema>>;

/** The schema for a page in `lang`, built once per language. */
export const callbackSchemaFor = perLang((lang) => buildCallbackSchema(callbackMessages[lang], lang));

/** First message per field, in page order; errors on fields the person cannot see become one form-level message. */
export function fieldErrorsFrom(error: z.core.$ZodError, lang: Lang): { errors: FieldErrors; formError?: string } {
  const errors: FieldErrors = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (isFieldName(field)) errors[field] ??= issue.message;
    else formError ??= field === SUBMISSION_KEY ? issue.message : callbackMessages[lang].notRight;
  }
  return { errors, formError };
}
