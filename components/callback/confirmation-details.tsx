import { crisisLines, textCrisisLine } from "@/content/crisis-lines";
import { program } from "@/content/program";

/** The parts of the confirmation that never change: rendered once by the server, handed to the form as a slot. */
export function ConfirmationDetails() {
  return (
    <>
      <h3 className="mt-6 text-xl font-bold">What happens next</h3>
      <p className="mt-2">{program.callbackPromise}</p>
      <p className="mt-2">
        We will ask a few questions about what is going on and what you need. There is no cost and no pressure to decide
        anything on that call.
      </p>
      <p className="mt-2">
        If you would rather not wait, call admissions at{" "}
        <a href={`tel:${program.admissionsPhone.e164}`} className="font-bold whitespace-nowrap">
          {program.admissionsPhone.display}
        </a>{" "}
        ({program.admissionsHours}).
      </p>
      <h3 className="mt-6 text-xl font-bold">If you need help now</h3>
      <ul className="mt-2 space-y-3">
        {crisisLines.map((line) => (
          <li key={line.id}>
            <a href={line.href} className="font-bold">
              {line.action}
            </a>{" "}
            ({line.name}). {line.detail}
          </li>
        ))}
        <li>
          <a href={textCrisisLine.href} className="font-bold">
            {textCrisisLine.action}
          </a>{" "}
          to reach the 988 Lifeline by text.
        </li>
      </ul>
    </>
  );
}
