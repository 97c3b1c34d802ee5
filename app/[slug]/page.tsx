import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/content/content-page";
import { HOME_SLUG, listPageSlugs, loadPage } from "@/lib/content/pages";

type Params = { slug: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await listPageSlugs()).filter((slug) => slug !== HOME_SLUG).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  if (!page) return {};
  return {
    title: page.meta.title,
    description: page.meta.description,
    alternates: { canonical: `/${page.slug}` },
    openGraph: { title: page.meta.title, description: page.meta.description, url: `/${page.slug}` },
  };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const page = slug === HOME_SLUG ? undefined : await loadPage(slug);
  if (!page) notFound();
  return <ContentPage page={page} />;
}
