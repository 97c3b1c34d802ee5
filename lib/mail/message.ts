/**
 * A message ready for nodemailer, as plain JSON so the outbox can keep it on
 * disk. Only `replyTo` carries anything a visitor typed into a header, and only
 * after the schema validated it as one plain address.
 */
export type MailMessage = {
  reference: string;
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per submission, so a mail system can drop a copy if one is ever sent twice. */
  messageId: string;
  /** ISO 8601. */
  date: string;
};
