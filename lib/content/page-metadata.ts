import type { Metadata } from "next";
import type { ContentPage } from "./pages";
import { HOME_SLUG, pathForSlug } from "./routes";

/** A content page's title, description, canonical URL and Open Graph tags; the home page's title stands alone. */
export function pageMetadata({ slug, meta }: Pick<ContentPage, "slug" | "meta">): Metadata {
  const url = pathForSlug(slug);
  return {
    title: slug === HOME_SLUG ? { absolute: meta.title } : meta.title,
    description: meta.description,
    alternates: { canonical: url },
    openGraph: { title: meta.title, description: meta.description, url },
  };
}
