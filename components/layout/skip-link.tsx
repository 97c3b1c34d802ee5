import { ui } from "@/content/ui";
import type { Lang } from "@/lib/i18n/locales";

/** First focusable element on every page (WCAG 2.4.1), visible only when focused. */
export function SkipLink({ lang }: { lang: Lang }) {
  return (
    <a
      href="#main-content"
      className="sr-only z-50 bg-focus px-4 py-3 font-semibold text-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      {ui[lang].skipLink}
    </a>
  );
}
