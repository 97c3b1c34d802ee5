import type { ReactNode } from "react";
import { TextWithPhoneLinks } from "@/components/content/text-with-phone-links";
import { practicalAnswer } from "@/content/practical";
import { program } from "@/content/program";
import { ui } from "@/content/ui";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { Lang } from "@/lib/i18n/locales";
import { smsHref, telHref } from "@/lib/phone-links";

/**
 * The admissions line, large, with its hours; the MDX children say who
 * answers. Number and hours come from content/program.ts.
 */
export function PhonePanel({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = ui[lang].phonePanel;
  const { admissionsPhone, textLine, admissionsHours } = program;
  return (
    <div className="my-6 rounded-xl border-2 border-brand/30 bg-paper-cool p-5 sm:p-6">
      <a
        href={telHref(admissionsPhone)}
        className="inline-flex min-h-12 flex-wrap items-center gap-x-2 rounded-md bg-brand px-5 py-3 text-xl font-bold text-white no-underline hover:bg-brand-dark"
      >
        <span>{t.call}</span>
        <span className="whitespace-nowrap">{admissionsPhone.display}</span>
      </a>
      <p className="mt-3 text-ink-soft">
        <span className="font-semibold text-ink">{t.hours}</span> {formatAdmissionsHours(admissionsHours, lang)}
      </p>
      {textLine && (
        <p className="mt-1 text-ink-soft">
          <span className="font-semibold text-ink">{t.preferText}</span>{" "}
          <a href={smsHref(textLine)} className="whitespace-nowrap text-brand-dark">
            {textLine.display}
          </a>{" "}
          <TextWithPhoneLinks text={practicalAnswer("textsAnswered", program, lang).text} />
        </p>
      )}
      <div className="mt-4 space-y-3 border-t border-ink/10 pt-4">{children}</div>
    </div>
  );
}
