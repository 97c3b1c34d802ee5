import type { MetadataRoute } from "next";
import { loadAllPages } from "@/lib/content/pages";
import { languageAlternates, LANGS, localizedPath } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";

/** Every page in both languages; each entry lists all its versions, itself included, as Google asks. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = (await Promise.all(LANGS.map(loadAllPages))).flat();
  return pages.map((page) => ({
    url: absoluteUrl(localizedPath(page.lang, page.slug)),
    lastModified: page.meta.lastUpdated ?? page.meta.lastReviewed,
    alternates: { languages: languageAlternates(page.slug, absoluteUrl) },
  }));
}
