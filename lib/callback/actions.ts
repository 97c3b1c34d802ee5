"use server";

import { headers } from "next/headers";
import { handleCallbackSubmission } from "@/lib/callback/handle-submission";
import { callbackRuntime } from "@/lib/callback/runtime";
import type { CallbackState } from "@/lib/callback/fields";
import { clientKeyFrom } from "@/lib/rate-limit";

/**
 * The callback form's server action; the work is in lib/callback/handle-submission.ts. `formData` is typed as the
 * form posts it, but a hand-made call can pass any value React can decode, so the handler checks it is a FormData.
 */
export async function submitCallbackRequest(_previous: CallbackState, formData: FormData): Promise<CallbackState> {
  const requestHeaders = await headers();
  const runtime = callbackRuntime();
  return handleCallbackSubmission(
    formData,
    {
      origin: requestHeaders.get("origin"),
      host: requestHeaders.get("host"),
      forwardedHost: requestHeaders.get("x-forwarded-host"),
      client: clientKeyFrom(requestHeaders, runtime.env.trustProxy),
    },
    runtime.deps,
  );
}
