import { ui } from "@/content/ui";
import { otherLang, type Lang } from "@/lib/i18n/locales";

/**
 * A link to this same page in the other language, at the top of every page
 * (GOV.UK's toggle, worded as a sentence so it is not mistaken for the
 * header's link to the other language's home page). `lang` on the link tells
 * a screen reader how to say it (WCAG 3.1.2). A plain <a>: moving between
 * root layouts is a full page load anyway.
 */
export function LanguageSwitch({ lang, twinHref }: { lang: Lang; twinHref: string }) {
  const other = otherLang(lang);
  return (
    <nav aria-label={ui[lang].languageNav.label} className="no-print flex h-8 items-center justify-end text-sm">
      <a href={twinHref} lang={other} hrefLang={other} rel="alternate" className="inline-flex min-h-6 items-center">
        {ui[other].languageNav.thisPage}
      </a>
    </nav>
  );
}
