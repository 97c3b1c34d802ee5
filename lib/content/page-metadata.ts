import type { Metadata, Viewport } from "next";
import { colors } from "@/lib/colors";
import type { Program } from "./schemas";
import { localizedPath, openGraphLocale, pageAlternates, type Lang } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site-url";
import { loadPage, type ContentPage } from "./pages";
import { HOME_SLUG } from "./routes";

/** What each root layout sets for all its pages; never `alternates`, which pages set (Next merges it shallowly). */
export function rootMetadata(program: Pick<Program, "name" | "shortName">, lang: Lang): Metadata {
  return {
    metadataBase: new URL(siteUrl),
    title: { default: program.name, template: `%s | ${program.shortName}` },
    applicationName: program.shortName,
    openGraph: { type: "website", siteName: program.name, ...openGraphLocale(lang) },
    formatDetection: { telephone: false },
  };
}

export const rootViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: colors.brand.DEFAULT,
};

/**
 * A content page's title, description, canonical URL, its twin in the other
 * language (hreflang) and Open Graph tags; the home page's title stands alone.
 */
export function pageMetadata({ slug, lang, meta }: Pick<ContentPage, "slug" | "lang" | "meta">): Metadata {
  const url = localizedPath(lang, slug);
  return {
    title: slug === HOME_SLUG ? { absolute: meta.title } : meta.title,
    description: meta.description,
    alternates: pageAlternates(lang, slug),
    openGraph: { title: meta.title, description: meta.description, url, ...openGraphLocale(lang) },
  };
}

/** The metadata of content/pages/<slug>.mdx in `lang`, for a route's generateMetadata. */
export async function contentPageMetadata(slug: string, lang: Lang): Promise<Metadata> {
  const page = await loadPage(slug, lang);
  return page ? pageMetadata(page) : {};
}
