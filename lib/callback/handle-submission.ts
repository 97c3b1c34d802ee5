import { parseLang, type Lang } from "@/lib/i18n/locales";
import { Outbox } from "@/lib/outbox/outbox";
import type { RateLimiter } from "@/lib/rate-limit";
import { FIELD_NAMES, HONEYPOT, LANG_FIELD, SUBMISSION_KEY, type CallbackState, type FormValues } from "./fields";
import { confirmationWords } from "./copy";
import { refusalMessages } from "./refusal-messages";
import { callbackSchemaFor, fieldErrorsFrom } from "./schema";
import { sendCallbackRequest, type SendDeps } from "./send-callback-request";

export type SubmissionContext = {
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  /** From clientKeyFrom(): the address the rate limit counts against. */
  client: string;
};

export type HandlerDeps = SendDeps & {
  limiter: RateLimiter;
  trustProxy: boolean;
  /** How people reach the admissions team when the form cannot help, e.g. "(555) 555-0142". */
  phoneDisplay: string;
  /** When a request sent at this moment will be returned, in words for the confirmation, in the page's language. */
  whenWeCall: (at: Date, lang: Lang) => string;
};

/**
 * Everything the server action does, minus reading Next's headers: checks
 * the request, then the fields, then queues the email. Never throws on what a
 * visitor sends (not even a post whose arguments are not a form); logs carry
 * the reference only. Answers in the language of the page the form came from
 * (its hidden `lang` field); an unknown or missing one is English, never a refusal.
 */
export async function handleCallbackSubmission(
  formData: unknown,
  request: SubmissionContext,
  deps: HandlerDeps,
): Promise<CallbackState> {
  // A browser always posts FormData; a hand-made action call can pass anything (React decodes plain JSON too).
  const lang = formData instanceof FormData ? parseLang(formData.get(LANG_FIELD)) : "en";
  const say = refusalMessages[lang];
  const reloadAndTryAgain = say.reloadAndTryAgain(deps.phoneDisplay);
  const sent = (reference: string): CallbackState => ({
    status: "sent",
    reference,
    whenWeCall: deps.whenWeCall(deps.clock(), lang),
    words: confirmationWords[lang],
  });

  if (!(formData instanceof FormData)) {
    deps.log.error("callback form: refused a post that was not a form");
    return { status: "refused", values: {}, message: reloadAndTryAgain };
  }
  const values = typedValues(formData);

  if (!sameOrigin(request, deps.trustProxy)) {
    deps.log.error(`callback form: refused a post with ${request.origin ? "a foreign" : "no"} Origin header`);
    return { status: "refused", values, message: reloadAndTryAgain };
  }

  // Bots fill every field; people never see this one. Answer as if it worked so they learn nothing, and count
  // nothing: a bot's posts must not use up the limits that people share. Spaces alone (an autofill or an extension
  // touching the field) count as empty, and a post without the field at all is not from our page: both are people
  // who must never be shown a reference for a request that was not sent.
  const honeypot = formData.get(HONEYPOT);
  if (honeypot === null) {
    deps.log.error("callback form: refused a post without the form's hidden field");
    return { status: "refused", values, message: reloadAndTryAgain };
  }
  if (typeof honeypot !== "string" || honeypot.trim() !== "") {
    const reference = deps.newReference();
    deps.log.info(`callback form: honeypot filled; answered with ${reference}, nothing sent`);
    return sent(reference);
  }

  // Taken before the first await and given back on any refusal below, so only requests that were queued count.
  const slot = deps.limiter.reserve(request.client);
  if (!slot.ok) {
    // A re-post of a request already received (its answer was lost, or a double click) is no new request:
    // it gets its reference back even at the limit, never a refusal for something that was sent.
    const earlier = await referenceReceivedFor(formData.get(SUBMISSION_KEY), deps);
    if (earlier) return sent(earlier);
    if (slot.reason === "site") {
      deps.log.error(
        `callback form: site-wide ceiling reached: form closed for everyone (${deps.limiter.overall} requests in the last hour); people are asked to call`,
      );
      return { status: "refused", values, message: say.formBusy(deps.phoneDisplay) };
    }
    deps.log.error("callback form: rate limit reached for one client");
    return { status: "refused", values, message: say.tooManyFromDevice(deps.phoneDisplay) };
  }

  const parsed = callbackSchemaFor(lang).safeParse(schemaInput(formData));
  if (!parsed.success) {
    slot.release();
    const { errors, formError } = fieldErrorsFrom(parsed.error, lang);
    if (formError && Object.keys(errors).length === 0) return { status: "refused", values, message: formError };
    return { status: "invalid", errors, values };
  }

  try {
    const result = await sendCallbackRequest(parsed.data, deps);
    if (result.delivery === "duplicate") slot.release();
    return sent(result.reference);
  } catch (error) {
    slot.release();
    deps.log.error(`callback form: could not queue a request (${errorKind(error)})`);
    return { status: "refused", values, message: say.notSaved(deps.phoneDisplay) };
  }
}

/** The reference of a request already in the outbox under this form's key, if any. */
async function referenceReceivedFor(key: FormDataEntryValue | null, deps: HandlerDeps): Promise<string | undefined> {
  if (typeof key !== "string" || key === "") return undefined;
  const found = await deps.outbox.find(Outbox.idFor(key)).catch(() => undefined);
  return found?.reference;
}

/**
 * An error's name and code only: a message can quote what it was handed, and
 * here that may be what a person typed. "Error: EACCES" still tells an
 * operator where to look.
 */
function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return "unknown";
  return "code" in error ? `${error.name}: ${String(error.code)}` : error.name;
}

/** Each field picked by name (FormData also carries React's $ACTION_ keys). A repeated field is passed on as a list, which the schema refuses. */
function schemaInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const name of [...FIELD_NAMES, SUBMISSION_KEY]) {
    const all = formData.getAll(name);
    if (all.length === 0) continue;
    input[name] = all.length === 1 ? all[0] : all;
  }
  return input;
}

/** What was typed, as text, to put back in the form. */
function typedValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const name of [...FIELD_NAMES, SUBMISSION_KEY] as const) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

/**
 * Next.js also compares Origin with Host, but lets a request with no Origin
 * through with a warning (see its serverActions docs); a browser always sends
 * Origin on a form POST, so a request without one is not from our page.
 */
export function sameOrigin(
  request: Pick<SubmissionContext, "origin" | "host" | "forwardedHost">,
  trustProxy: boolean,
): boolean {
  if (!request.origin || request.origin === "null") return false;
  let origin: URL;
  try {
    origin = new URL(request.origin);
  } catch {
    return false;
  }
  if (origin.protocol !== "https:" && origin.protocol !== "http:") return false;
  const expected = trustProxy && request.forwardedHost ? request.forwardedHost.split(",")[0]!.trim() : request.host;
  return Boolean(expected) && origin.host.toLowerCase() === expected!.toLowerCase();
}
