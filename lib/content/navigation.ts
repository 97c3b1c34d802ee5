import { z } from "zod";
import { parseContent } from "./parse";
import { pathForSlug, readPageSlugs } from "./routes";
import { slugSchema } from "./schemas";

/** A link in the header, footer or 404 page, as the components render it. */
export type NavItem = { href: string; label: string };

/**
 * Checks content/navigation.ts against the pages in content/pages and turns
 * each { slug, label } into a link, so a renamed or deleted page fails the
 * build with the list and the index named rather than leaving a link to a 404.
 */
export function parseNavigation(value: unknown, file: string) {
  const slugs = readPageSlugs();
  const link = z
    .strictObject({
      /** content/pages/<slug>.mdx */
      slug: slugSchema,
      /** Short name the link shows; a page's own title is often longer. */
      label: z.string().trim().min(2).max(30),
    })
    .refine((l) => slugs.includes(l.slug), { message: "no such page in content/pages", path: ["slug"] })
    .transform(({ slug, label }): NavItem => ({ href: pathForSlug(slug), label }));
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
  return parseContent(schema, value, file);
}
