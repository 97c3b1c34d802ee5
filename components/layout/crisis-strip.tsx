import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisLine } from "@/content/crisis-lines";

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
