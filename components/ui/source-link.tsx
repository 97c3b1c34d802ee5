import { ui } from "@/content/ui";
import type { Lang } from "@/lib/i18n/locales";

/**
 * A numbered link to an entry in the page's source list, drawn as a small box
 * at least 24 px square so it is easy to tap (WCAG 2.5.8). The visible number
 * ends the accessible name, so voice control users can say "click source 2"
 * (or "fuente 2" on a Spanish page).
 */
export function SourceLink({ lang, id, n }: { lang: Lang; id: string; n: number }) {
  return (
    <a
      href={`#source-${id}`}
      aria-label={ui[lang].page.source(n)}
      className="inline-flex min-h-6 min-w-6 items-center justify-center rounded border border-ink/20 px-1 text-sm leading-none text-ink-soft no-underline hover:underline"
    >
      {n}
    </a>
  );
}
