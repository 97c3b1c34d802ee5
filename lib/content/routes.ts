import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * How content/pages/<slug>.mdx maps to a URL. Free of server-only so the
 * tests and the content check derive routes exactly as the app does.
 */
export const HOME_SLUG = "home";

/**
 * Pages with a route folder of their own instead of app/[slug]: the home page,
 * and admissions, which renders per request (a fresh form key per visit) and
 * so must not make the static [slug] route dynamic.
 */
export const OWN_ROUTE_SLUGS: readonly string[] = [HOME_SLUG, "admissions"];

export const PAGES_DIR = path.join(process.cwd(), "content", "pages");

/** The file a page is written in: content/pages/<slug>.mdx, or content/pages/es/<slug>.mdx in Spanish. */
export function pageFile(slug: string, lang: "en" | "es"): string {
  return lang === "es" ? `content/pages/es/${slug}.mdx` : `content/pages/${slug}.mdx`;
}

export function pathForSlug(slug: string): string {
  return slug === HOME_SLUG ? "/" : `/${slug}`;
}

/** Page slugs from file names in content/pages, ordered by route so "/" comes first. */
export function slugsFromFileNames(files: readonly string[]): string[] {
  return files
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => f.slice(0, -".mdx".length))
    .sort((a, b) => pathForSlug(a).localeCompare(pathForSlug(b)));
}

export function readPageSlugs(): string[] {
  return slugsFromFileNames(readdirSync(PAGES_DIR));
}
