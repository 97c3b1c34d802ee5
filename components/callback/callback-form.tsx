import { connection } from "next/server";
import { newSubmissionKey } from "@/lib/callback/reference";
import { CallbackFormClient } from "./callback-form-client";
import { ConfirmationDetails } from "./confirmation-details";

/**
 * The callback form, which app/admissions/page.tsx hands to that page's MDX:
 * kept out of the shared MDX map so no other page ships its script. A server
 * component so that each page view gets its own idempotency key (a replayed or
 * double-clicked submission carries the same key and sends one email);
 * `connection()` keeps the page from being prerendered with one key for everyone.
 */
export async function CallbackForm() {
  await connection();
  return <CallbackFormClient submissionKey={newSubmissionKey()} confirmationDetails={<ConfirmationDetails />} />;
}
