import "server-only";
import type { MDXContent } from "mdx/types";
import { cache } from "react";
import { withKnownSources } from "./known-sources";
import { parseContent } from "./parse";
import { readPageSlugs } from "./routes";
import { pageMetaSchema, type PageMeta } from "./schemas";

export { HOME_SLUG, pathForSlug } from "./routes";

export type ContentPage = {
  slug: string;
  meta: PageMeta;
  Body: MDXContent;
};

/** Every MDX page in content/pages, by slug (file name without .mdx). */
export const listPageSlugs = cache(async (): Promise<string[]> => readPageSlugs());

export const loadPage = cache(async (slug: string): Promise<ContentPage | undefined> => {
  if (!(await listPageSlugs()).includes(slug)) return undefined;
  const mod = (await import(`@/content/pages/${slug}.mdx`)) as { default: MDXContent; metadata?: unknown };
  return { slug, meta: parsePageMeta(mod.metadata, `content/pages/${slug}.mdx`), Body: mod.default };
});

export async function loadAllPages(): Promise<ContentPage[]> {
  const slugs = await listPageSlugs();
  const pages = await Promise.all(slugs.map(loadPage));
  return pages.filter((p) => p !== undefined);
}

const metaSchema = withKnownSources(pageMetaSchema);

/** Validates an MDX page's exported `metadata`, including that every cited source exists. */
export function parsePageMeta(value: unknown, file: string): PageMeta {
  return parseContent(metaSchema, value, file, "metadata");
}
