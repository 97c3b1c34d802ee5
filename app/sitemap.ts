import type { MetadataRoute } from "next";
import { loadAllPages, pathForSlug } from "@/lib/content/pages";
import { absoluteUrl } from "@/lib/site-url";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await loadAllPages();
  return pages.map((page) => ({
    url: absoluteUrl(pathForSlug(page.slug)),
    lastModified: page.meta.lastUpdated ?? page.meta.lastReviewed,
  }));
}
