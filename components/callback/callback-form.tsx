import { connection } from "next/server";
import { callbackCopy } from "@/lib/callback/copy";
import { newSubmissionKey } from "@/lib/callback/reference";
import type { Lang } from "@/lib/i18n/locales";
import { CallbackFormClient } from "./callback-form-client";
import { ConfirmationDetails } from "./confirmation-details";

/**
 * The callback form, which each admissions page hands to its MDX
 * (components/callback/admissions-page-route.tsx), and which gets the page's
 * language from there: kept out of the shared MDX map so no other page ships
 * its script.
 * A server component so that each page view gets its own idempotency key (a
 * replayed or double-clicked submission carries the same key and sends one
 * email); `connection()` keeps the page from being prerendered with one key
 * for everyone. Only `lang`'s words go to the browser, as props.
 */
export async function CallbackForm({ lang }: { lang: Lang }) {
  await connection();
  return (
    <CallbackFormClient
      lang={lang}
      copy={callbackCopy[lang]}
      submissionKey={newSubmissionKey()}
      confirmationDetails={<ConfirmationDetails lang={lang} />}
    />
  );
}
