import { BEST_TIME_LABELS, INSURANCE_LABELS, VOICEMAIL_RULE } from "./labels";
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

/** Builds the email to intake: a neutral subject, the voicemail answer first, plain text with an escaped HTML twin. */
export function buildCallbackEmail(request: CallbackRequest, ctx: EmailContext): MailMessage {
  const rows = detailRows(request);
  const voicemail =
    request.voicemailOk === "yes"
      ? "VOICEMAIL: YES. It is safe to leave a message that names the program."
      : `VOICEMAIL: NO. ${VOICEMAIL_RULE}`;
  const text = [
    `Callback request ${ctx.reference}`,
    "",
    voicemail,
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
    "<table>",
    ...rows.map(
      ([label, value]) =>
        `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    ),
    "</table>",
    '<h2 style="font-size:16px">Message</h2>',
    `<p style="white-space:pre-wrap">${escapeHtml(request.message ?? "(none)")}</p>`,
    `<p>Received: ${escapeHtml(ctx.receivedAt.toISOString())}<br>Reference: ${escapeHtml(ctx.reference)}</p>`,
    "</body></html>",
  ].join("\n");

  return {
    reference: ctx.reference,
    from: ctx.from,
    to: ctx.to,
    ...(request.email ? { replyTo: request.email } : {}),
    subject: `Callback request ${ctx.reference}`,
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
