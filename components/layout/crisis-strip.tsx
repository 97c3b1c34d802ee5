import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisLine } from "@/content/crisis-lines";
import { ui } from "@/content/ui";
import type { Lang } from "@/lib/i18n/locales";

/**
 * The first thing on every page: where to turn right now. Only crisis lines:
 * the SAMHSA helpline finds treatment and gives no counseling, so it sits in
 * the footer and on the pages about finding care.
 */
export function CrisisStrip({ lang }: { lang: Lang }) {
  const emergency = crisisLine("911", lang);
  const lifeline = crisisLine("988", lang);
  const words = ui[lang].crisisStrip;
  return (
    <aside aria-label={words.label} className="no-print bg-crisis text-crisis-text">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm leading-6">
        <strong className="font-semibold">{words.lead}</strong>{" "}
        <a className="text-white" href={emergency.href}>
          {emergency.action}
        </a>
        <span aria-hidden="true"> · </span>
        <CrisisLineLinks line={lifeline} className="text-white" /> {words.free}
      </p>
    </aside>
  );
}
