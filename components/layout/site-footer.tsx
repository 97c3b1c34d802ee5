import { AppLink } from "@/components/ui/app-link";
import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisLinesFor } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { ui } from "@/content/ui";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { NavItem } from "@/lib/content/navigation";
import { localizedPath, type Lang } from "@/lib/i18n/locales";
import { smsHref, telHref } from "@/lib/phone-links";

export function SiteFooter({ lang, links }: { lang: Lang; links: NavItem[] }) {
  const words = ui[lang].footer;
  const assistance = words.languageAssistance;
  return (
    <footer className="mt-16 border-t border-ink/10 bg-paper-warm">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-base font-bold">
            {program.name}
          </h2>
          <p className="mt-2">
            {words.admissions}{" "}
            <a href={telHref(program.admissionsPhone)} className="whitespace-nowrap">
              {program.admissionsPhone.display}
            </a>
            {program.textLine && (
              <>
                <br />
                {words.text}{" "}
                <a href={smsHref(program.textLine)} className="whitespace-nowrap">
                  {program.textLine.display}
                </a>
              </>
            )}
          </p>
          <p className="mt-1 text-sm text-ink-soft">{formatAdmissionsHours(program.admissionsHours, lang)}</p>
          {program.accreditation && <p className="mt-1 text-sm text-ink-soft">{program.accreditation[lang]}</p>}
          <ul className="mt-3 space-y-2 text-sm">
            {program.locations.map((l) => (
              <li key={l.id}>
                <strong>{l.name}</strong>
                <br />
                {l.street}, {l.city}, {l.region} {l.postalCode}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-crisis">
          <h2 id="footer-crisis" className="text-base font-bold">
            {words.crisisHeading}
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {crisisLinesFor(lang).map((line) => (
              <li key={line.id}>
                <CrisisLineLinks line={line} className="font-semibold" />{" "}
                <span className="text-ink-soft">({line.name}).</span> {line.detail}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-about" className="no-print">
          <h2 id="footer-about" className="text-base font-bold">
            {words.aboutHeading}
          </h2>
          <ul className="mt-2 space-y-1">
            {links.map((l) => (
              <li key={l.href}>
                <AppLink href={l.href}>{l.label}</AppLink>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-ink-soft">{words.privacyLine}</p>
          {program.disclaimer && <p className="mt-3 text-sm text-ink-soft">{program.disclaimer[lang]}</p>}
          {assistance && (
            // Language assistance in the other language: a Spanish speaker who lands on an English page learns here,
            // in Spanish, that the site and a call are in Spanish too.
            <p lang={assistance.lang} className="mt-3 text-sm">
              {assistance.text}{" "}
              <a href={localizedPath(assistance.lang, "home")} hrefLang={assistance.lang}>
                {assistance.link}
              </a>
            </p>
          )}
        </section>
      </div>
    </footer>
  );
}
