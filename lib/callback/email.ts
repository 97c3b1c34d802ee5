import { BEST_TIME_LABELS, INSURANCE_LABELS, VOICEMAIL_RULE } from "./labels";
import type { CallLanguage } from "./fields";
import type { CallbackRequest } from "./schema";
import { colors } from "@/lib/colors";
import type { MailMessage } from "@/lib/mail/message";

export type EmailContext = {
  reference: string;
  receivedAt: Date;
  from: string;
  to: string;
  /** Host part of the Message-ID; the MAIL_FROM domain keeps it unique to this site. */
  messageIdHost: string;
  /** Short, non-identifying id of the submission for the Message-ID. */
  submissionId: string;
};

/**
 * The language for the call as intake must act on it, in English for staff whatever the page's language. The
 * subject's marker says only a language, never anything about treatment; English adds none, as before.
 */
const CALL_LANGUAGE: Record<CallLanguage, { banner: string; instruction: string; subject?: string }> = {
  en: { banner: "ENGLISH", instruction: "Call in English." },
  es: { banner: "SPANISH", instruction: "Call in Spanish, or with a qualified interpreter.", subject: "Spanish" },
  other: {
    banner: "ANOTHER LANGUAGE",
    instruction: "Book a qualified interpreter before calling.",
    subject: "another language",
  },
};

/** "LANGUAGE: SPANISH. Call in Spanish, …": under the voicemail line, so the first call is made in the right language. */
function languageBanner(request: CallbackRequest): string {
  const { banner, instruction } = CALL_LANGUAGE[request.callLanguage];
  const which =
    request.callLanguage !== "other" ? "" : request.callLanguageOther ? ` (${request.callLanguageOther})` : "";
  const asked = request.callLanguage === "other" && !request.callLanguageOther ? " Ask which language first." : "";
  const page = request.lang === "es" ? " Sent from the Spanish pages." : "";
  return `LANGUAGE: ${banner}${which}. ${instruction}${asked}${page}`;
}

function preferredLanguage(request: CallbackRequest): string {
  if (request.callLanguage === "en") return "English";
  if (request.callLanguage === "es") return "Spanish";
  return `Another language: ${request.callLanguageOther ?? "(not given)"}, with an interpreter`;
}

/**
 * Builds the email to intake: a neutral subject, the voicemail answer first and the language for the call under
 * it, plain text with an escaped HTML twin. Always in English, for staff; what the person wrote is marked with the
 * language of the page they wrote it on.
 */
export function buildCallbackEmail(request: CallbackRequest, ctx: EmailContext): MailMessage {
  const rows = detailRows(request);
  const voicemail =
    request.voicemailOk === "yes"
      ? "VOICEMAIL: YES. It is safe to leave a message that names the program."
      : `VOICEMAIL: NO. ${VOICEMAIL_RULE}`;
  const language = languageBanner(request);
  const marker = CALL_LANGUAGE[request.callLanguage].subject;
  const subject = `Callback request ${ctx.reference}${marker ? ` (${marker})` : ""}`;
  const text = [
    `Callback request ${ctx.reference}`,
    "",
    voicemail,
    language,
    "",
    ...rows.map(([label, value]) => `${label}: ${value}`),
    "",
    "Message:",
    request.message ?? "(none)",
    "",
    `Received: ${ctx.receivedAt.toISOString()}`,
    `Reference: ${ctx.reference}`,
    "",
  ].join("\n");

  const html = [
    "<!doctype html>",
    '<html lang="en"><body style="font-family:sans-serif">',
    `<h1 style="font-size:20px">Callback request ${escapeHtml(ctx.reference)}</h1>`,
    `<p style="font-size:18px;font-weight:bold;padding:8px;border:3px solid ${request.voicemailOk === "yes" ? colors.brand.DEFAULT : colors.danger}">${escapeHtml(voicemail)}</p>`,
    `<p style="font-size:18px;font-weight:bold;padding:8px;border:3px solid ${request.callLanguage === "en" ? colors.brand.DEFAULT : colors.accent.DEFAULT}">${escapeHtml(language)}</p>`,
    "<table>",
    ...rows.map(
      ([label, value]) =>
        `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    ),
    "</table>",
    '<h2 style="font-size:16px">Message</h2>',
    `<p style="white-space:pre-wrap"${request.message && request.lang !== "en" ? ` lang="${request.lang}"` : ""}>${escapeHtml(request.message ?? "(none)")}</p>`,
    `<p>Received: ${escapeHtml(ctx.receivedAt.toISOString())}<br>Reference: ${escapeHtml(ctx.reference)}</p>`,
    "</body></html>",
  ].join("\n");

  return {
    reference: ctx.reference,
    from: ctx.from,
    to: ctx.to,
    ...(request.email ? { replyTo: request.email } : {}),
    subject,
    text,
    html,
    messageId: `<callback-${ctx.reference}-${ctx.submissionId}@${ctx.messageIdHost}>`,
    date: ctx.receivedAt.toISOString(),
  };
}

function detailRows(request: CallbackRequest): [string, string][] {
  return [
    ["Voicemail naming the program", request.voicemailOk === "yes" ? "OK" : "NOT OK"],
    ["Name", request.name],
    ["Phone", `${request.phone.display} (${request.phone.e164})`],
    ["Preferred language", preferredLanguage(request)],
    ["Email", request.email ?? "(none)"],
    ["Call is about", request.forWhom === "self" ? "The person who sent the form" : "Someone the caller cares about"],
    ...(request.forWhom === "loved-one"
      ? [["Caller's relationship", request.relationship ?? "(not given)"] as [string, string]]
      : []),
    ["Best time", request.bestTime ? BEST_TIME_LABELS[request.bestTime] : "(not given)"],
    ["Insurance", request.insurance ? INSURANCE_LABELS[request.insurance] : "(not given)"],
    ["Agreed to be contacted", "Yes"],
  ];
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The domain of "Name <user@domain>" or "user@domain". */
export function domainOf(mailbox: string): string {
  const addr = /<([^>]+)>$/.exec(mailbox)?.[1] ?? mailbox;
  return addr.slice(addr.lastIndexOf("@") + 1);
}
