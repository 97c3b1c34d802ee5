import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisLines } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import { telHref } from "@/lib/phone-links";

/**
 * The parts of the confirmation that never change, rendered once by the
 * server and handed to the form as a slot. They follow "What happens next" and
 * the time of the call, which the server action works out per request.
 */
export function ConfirmationDetails() {
  return (
    <>
      <p className="mt-2">
        We will ask a few questions about what is going on and what you need. There is no cost and no pressure to decide
        anything on that call.
      </p>
      <p className="mt-2">
        If you would rather not wait, call admissions at{" "}
        <a href={telHref(program.admissionsPhone)} className="font-bold whitespace-nowrap">
          {program.admissionsPhone.display}
        </a>{" "}
        ({formatAdmissionsHours(program.admissionsHours)}).
      </p>
      <h3 className="mt-6 text-xl font-bold">If you need help now</h3>
      <ul className="mt-2 space-y-3">
        {crisisLines.map((line) => (
          <li key={line.id}>
            <CrisisLineLinks line={line} className="font-bold" /> ({line.name}). {line.detail}
          </li>
        ))}
      </ul>
    </>
  );
}
