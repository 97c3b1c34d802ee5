import "server-only";
import { loadPage, pathForSlug } from "./pages";

export type NavItem = { href: string; label: string };

/** Turns a list of slugs into links labelled with each page's own navLabel. */
export async function navItems(slugs: readonly string[]): Promise<NavItem[]> {
  return Promise.all(
    slugs.map(async (slug) => {
      const page = await loadPage(slug);
      if (!page) throw new Error(`content/navigation.ts names "${slug}", but content/pages/${slug}.mdx does not exist`);
      return { href: pathForSlug(slug), label: page.meta.navLabel };
    }),
  );
}
