import type { ReactNode } from "react";
import { navigationFor } from "@/content/navigation";
import type { Lang } from "@/lib/i18n/locales";
import { CrisisStrip } from "./crisis-strip";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

/**
 * The document every page sits in, in one language: <html lang>, the skip
 * link, the crisis strip, the header and the footer. Each language has its
 * own root layout (app/(en)/layout.tsx, app/es/layout.tsx) so <html lang> is
 * right on a prerendered page without reading the request.
 */
export function SiteShell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const nav = navigationFor(lang);
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col">
        <SkipLink lang={lang} />
        <CrisisStrip lang={lang} />
        <SiteHeader lang={lang} nav={nav} />
        <main id="main-content" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter lang={lang} links={nav.footer} />
      </body>
    </html>
  );
}
