import { z } from "zod";
import { LANGS, localizedPath, type Lang } from "@/lib/i18n/locales";
import { parseContent } from "./parse";
import { readPageSlugs } from "./routes";
import { slugSchema } from "./schemas";

/** A link in the header, footer or 404 page, as the components render it. */
export type NavItem = { href: string; label: string };

/** The site's links in one language. */
export type Navigation = { home: NavItem; requestCall: NavItem; main: NavItem[]; footer: NavItem[] };

/** Short name a link shows; a page's own title is often longer. */
const label = z.string().trim().min(2).max(30);

/**
 * Checks content/navigation.ts against the pages in content/pages and turns
 * each { slug, label: { en, es } } into a link per language, so a renamed or
 * deleted page fails the build with the list and the index named rather than
 * leaving a link to a 404. Every page has a Spanish twin (the twin check), so
 * one slug list serves both languages.
 */
export function parseNavigation(value: unknown, file: string): Record<Lang, Navigation> {
  const slugs = readPageSlugs();
  const link = z
    .strictObject({
      /** content/pages/<slug>.mdx */
      slug: slugSchema,
      label: z.strictObject({ en: label, es: label }),
    })
    .refine((l) => slugs.includes(l.slug), { message: "no such page in content/pages", path: ["slug"] });
  const schema = z.strictObject({
    /** The home page, first in the 404 page's list of main pages. */
    home: link,
    /** The admissions page: a button in the header, and last in the menu, the footer and the 404 page's list. */
    requestCall: link,
    /** The main navigation, in order. */
    main: z.array(link).min(1),
    /** Linked from the footer of every page, before the request-a-call link. */
    footer: z.array(link),
  });
  const nav = parseContent(schema, value, file);
  const inLang = (lang: Lang) => {
    const item = (l: z.infer<typeof link>): NavItem => ({ href: localizedPath(lang, l.slug), label: l.label[lang] });
    return {
      home: item(nav.home),
      requestCall: item(nav.requestCall),
      main: nav.main.map(item),
      footer: nav.footer.map(item),
    };
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, inLang(lang)])) as Record<Lang, Navigation>;
}
