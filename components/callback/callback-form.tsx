import { connection } from "next/server";
import { newSubmissionKey } from "@/lib/callback/reference";
import { CallbackFormLoader } from "./callback-form-loader";
import { ConfirmationDetails } from "./confirmation-details";

/**
 * The callback form as MDX places it. A server component so that each page
 * view gets its own idempotency key (a replayed or double-clicked submission
 * carries the same key and sends one email); `connection()` keeps the page
 * from being prerendered with one key for everyone.
 */
export async function CallbackForm() {
  await connection();
  return <CallbackFormLoader submissionKey={newSubmissionKey()} confirmationDetails={<ConfirmationDetails />} />;
}
