import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisLines } from "@/content/crisis-lines";
import type { CrisisLine } from "@/lib/content/schemas";

/** The strip names its lines in its own order and words, so it finds each by id; a missing one fails the build. */
function crisisLine(id: string): CrisisLine {
  const line = crisisLines.find((l) => l.id === id);
  if (!line) throw new Error(`The crisis strip needs the line "${id}", which content/crisis-lines.ts does not list.`);
  return line;
}

const emergency = crisisLine("911");
const lifeline = crisisLine("988");

/**
 * The first thing on every page: where to turn right now. Only crisis lines:
 * the SAMHSA helpline finds treatment and gives no counseling, so it sits in
 * the footer and on the pages about finding care.
 */
export function CrisisStrip() {
  return (
    <aside aria-label="Help in a crisis" className="no-print bg-crisis text-crisis-text">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm leading-6">
        <strong className="font-semibold">In crisis or in danger?</strong>{" "}
        <a className="text-white" href={emergency.href}>
          {emergency.action}
        </a>
        <span aria-hidden="true"> · </span>
        <CrisisLineLinks line={lifeline} className="text-white" /> (free, 24/7)
      </p>
    </aside>
  );
}
