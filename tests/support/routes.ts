import { readPageSlugs } from "@/lib/content/routes";
import { LANGS, localizedPath, type Lang } from "@/lib/i18n/locales";

/** A page route with the language and slug it comes from. */
export type PageRoute = { route: string; lang: Lang; slug: string };

/** Every page in both languages, derived from content/pages/*.mdx exactly as the app derives it: English first. */
export const pageRoutes: PageRoute[] = LANGS.flatMap((lang) =>
  readPageSlugs().map((slug) => ({ route: localizedPath(lang, slug), lang, slug })),
);

/** Every page route, English then Spanish. */
export const routes: string[] = pageRoutes.map((r) => r.route);

/** The routes of one language. */
export const routesIn = (lang: Lang): string[] => pageRoutes.filter((r) => r.lang === lang).map((r) => r.route);
