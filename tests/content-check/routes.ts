import path from "node:path";

/** Mirrors pathForSlug in lib/content/pages.ts, which cannot be imported outside Next (it is server-only). */
export const HOME_SLUG = "home";

export function routeForSlug(slug: string): string {
  return slug === HOME_SLUG ? "/" : `/${slug}`;
}

/** Where `next build` (Next 16, App Router) writes a static route's prerendered HTML. */
export function htmlFileForSlug(appDir: string, slug: string): string {
  return path.join(appDir, `${slug === HOME_SLUG ? "index" : slug}.html`);
}

/** Page slugs from the file names in content/pages, ordered by route so "/" comes first. */
export function slugsFromFileNames(files: readonly string[]): string[] {
  return files
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.slice(0, -".mdx".length))
    .sort((a, b) => routeForSlug(a).localeCompare(routeForSlug(b)));
}
