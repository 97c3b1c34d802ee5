import { program } from "@/content/program";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import { LIMITS } from "@/lib/callback/fields";
import type { RefusalKind } from "@/lib/callback/refusal";
import { fieldId } from "./field";

const REASONS: Record<Exclude<RefusalKind, "origin">, string> = {
  "too-large": `It was too long for our form. The message box holds up to ${LIMITS.message.toLocaleString("en-US")} characters, about 250 words.`,
  unreadable: "What reached us could not be read as the form.",
  "too-many": "Too many requests came from your connection in the last few minutes. Please wait a minute first.",
};

/**
 * Shown at the top of the admissions page when proxy.ts (or the nginx recipe)
 * refused a post before the form could read it, so nothing typed can be put
 * back. Rendered by the server and focused on load, like the form's error
 * summary, so it works without JavaScript. The header and footer still carry
 * the phone number and the crisis lines.
 */
export function RefusalNotice({ kind }: { kind: RefusalKind }) {
  if (kind === "origin") return null; // the form's own summary says it, with what was typed
  const phone = program.admissionsPhone;
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <div
        role="alert"
        tabIndex={-1}
        autoFocus
        aria-labelledby="refusal-title"
        className="rounded-md border-4 border-danger p-4 focus:outline-3 focus:outline-focus"
      >
        <p id="refusal-title" className="text-xl font-bold">
          Your request was not sent
        </p>
        <p className="mt-2">{REASONS[kind]}</p>
        <p className="mt-2">
          Please call admissions at{" "}
          <a href={`tel:${phone.e164}`} className="font-bold whitespace-nowrap">
            {phone.display}
          </a>{" "}
          ({formatAdmissionsHours(program.admissionsHours)}), or{" "}
          <a href={`#${fieldId("name")}`}>fill in the form again</a>.
        </p>
      </div>
    </div>
  );
}
