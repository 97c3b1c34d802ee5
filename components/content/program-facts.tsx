import type { ReactNode } from "react";
import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisOnlyLines, referralLine } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { ui } from "@/content/ui";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { Lang } from "@/lib/i18n/locales";
import { telHref } from "@/lib/phone-links";

/*
 * Small components MDX pages use instead of typing program facts, so a
 * provider who edits content/program.ts changes every page at once. Those
 * with words take the page's language (components/content/mdx-components.tsx
 * binds it).
 */

export function ProgramName({ short = false }: { short?: boolean }) {
  return <>{short ? program.shortName : program.name}</>;
}

export function AdmissionsPhone() {
  return (
    <a href={telHref(program.admissionsPhone)} className="whitespace-nowrap">
      {program.admissionsPhone.display}
    </a>
  );
}

export function ProgramLength({ lang }: { lang: Lang }) {
  return <>{ui[lang].programLength(program.programLengthWeeks)}</>;
}

/** How soon the team returns a request, e.g. "one business day". */
export function CallbackWithin({ lang }: { lang: Lang }) {
  return <>{program.callbackWithin[lang]}</>;
}

export function AdmissionsHours({ lang }: { lang: Lang }) {
  return <>{formatAdmissionsHours(program.admissionsHours, lang)}</>;
}

/** A boxed note; tone "warning" is for safety messages such as "call 911 first". */
export function Callout({ tone = "info", children }: { tone?: "info" | "warning"; children: ReactNode }) {
  const styles = tone === "warning" ? "border-accent bg-accent-light" : "border-brand bg-paper-cool";
  return <div className={`my-6 rounded-r-lg border-l-4 p-4 ${styles} [&_p+p]:mt-2`}>{children}</div>;
}

/** The crisis lines as a list, for pages that need them in the body too. */
export function CrisisNotice({ lang }: { lang: Lang }) {
  return (
    <Callout tone="warning">
      <p className="font-bold">{ui[lang].crisisNotice}</p>
      <ul className="mt-2 space-y-1">
        {crisisOnlyLines(lang).map((line) => (
          <li key={line.id}>
            <CrisisLineLinks line={line} className="font-semibold" /> ({line.name})
          </li>
        ))}
      </ul>
    </Callout>
  );
}

/** SAMHSA's free line for finding treatment, from content/crisis-lines.ts; for pages about finding care, not "in crisis". */
export function ReferralLine({ lang }: { lang: Lang }) {
  const line = referralLine(lang);
  if (!line) return null;
  return (
    <>
      {ui[lang].referralLine(line.name)}{" "}
      <a href={line.href} className="whitespace-nowrap">
        {line.number}
      </a>
    </>
  );
}
