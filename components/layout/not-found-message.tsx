import { AdmissionsPhone } from "@/components/content/program-facts";
import { AppLink } from "@/components/ui/app-link";
import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisOnlyLines } from "@/content/crisis-lines";
import { navigationFor } from "@/content/navigation";
import { ui } from "@/content/ui";
import type { Lang } from "@/lib/i18n/locales";

/**
 * What the 404 page says in one language: it was not you, help is here, and
 * the main pages. app/global-not-found.tsx shows it in both languages, since
 * an unknown address says nothing certain about the reader's language.
 */
export function NotFoundMessage({ lang, headingLevel }: { lang: Lang; headingLevel: 1 | 2 }) {
  const words = ui[lang].notFound;
  const nav = navigationFor(lang);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  return (
    <section lang={lang} aria-labelledby={`not-found-${lang}`} className="mx-auto max-w-3xl px-4 pt-12">
      <Heading id={`not-found-${lang}`} className="text-3xl font-bold sm:text-4xl">
        {words.heading}
      </Heading>
      <p className="mt-4 text-lg">{words.body}</p>
      <p className="mt-4 text-lg">
        {words.callUs} <AdmissionsPhone />.
      </p>
      {lang !== "en" && (
        // The page's crisis strip is in English; the lines are repeated here in this language.
        <ul className="mt-4 space-y-1 text-lg">
          {crisisOnlyLines(lang).map((line) => (
            <li key={line.id}>
              <CrisisLineLinks line={line} className="font-semibold" /> ({line.name})
            </li>
          ))}
        </ul>
      )}
      <Sub className="mt-8 text-xl font-bold">{words.mainPages}</Sub>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
        {[nav.home, ...nav.main, nav.requestCall].map((l) => (
          <li key={l.href}>
            <AppLink href={l.href}>{l.label}</AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
