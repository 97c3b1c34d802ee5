import "server-only";
import type { MDXContent } from "mdx/types";
import { cache } from "react";
import type { Lang } from "@/lib/i18n/locales";
import { withKnownSources } from "./known-sources";
import { parseContent } from "./parse";
import { OWN_ROUTE_SLUGS, pageFile, readPageSlugs } from "./routes";
import { pageMetaSchema, type PageMeta } from "./schemas";

export { HOME_SLUG, pathForSlug } from "./routes";

export type ContentPage = {
  slug: string;
  lang: Lang;
  meta: PageMeta;
  Body: MDXContent;
};

/**
 * Every MDX page in content/pages, by slug (file name without .mdx). Spanish
 * pages have the same slugs in content/pages/es; the twin check fails the
 * tests when one is missing.
 */
export const listPageSlugs = cache(async (): Promise<string[]> => readPageSlugs());

export const loadPage = cache(async (slug: string, lang: Lang): Promise<ContentPage | undefined> => {
  if (!(await listPageSlugs()).includes(slug)) return undefined;
  // Two literal import paths, so the bundler knows both folders (a template with a variable folder would not).
  const mod = (await (lang === "es"
    ? import(`@/content/pages/es/${slug}.mdx`)
    : import(`@/content/pages/${slug}.mdx`))) as { default: MDXContent; metadata?: unknown };
  const meta = parsePageMeta(mod.metadata, pageFile(slug, lang));
  if (lang === "es" && !meta.translatedFrom) {
    throw new Error(
      `${pageFile(slug, lang)}: metadata.translatedFrom: say which version of the English page this translates`,
    );
  }
  return { slug, lang, meta, Body: mod.default };
});

export async function loadAllPages(lang: Lang): Promise<ContentPage[]> {
  const slugs = await listPageSlugs();
  const pages = await Promise.all(slugs.map((slug) => loadPage(slug, lang)));
  return pages.filter((p) => p !== undefined);
}

const metaSchema = withKnownSources(pageMetaSchema);

/** Validates an MDX page's exported `metadata`, including that every cited source exists. */
export function parsePageMeta(value: unknown, file: string): PageMeta {
  return parseContent(metaSchema, value, file, "metadata");
}

/** The params of app/(en)/[slug] and app/es/[slug]: every page but those with a route folder of their own. */
export async function staticContentSlugs(): Promise<{ slug: string }[]> {
  return (await listPageSlugs()).filter((slug) => !OWN_ROUTE_SLUGS.includes(slug)).map((slug) => ({ slug }));
}
