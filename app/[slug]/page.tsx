import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/content/content-page";
import { pageMetadata } from "@/lib/content/page-metadata";
import { listPageSlugs, loadPage } from "@/lib/content/pages";
import { OWN_ROUTE_SLUGS } from "@/lib/content/routes";

type Params = { slug: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await listPageSlugs()).filter((slug) => !OWN_ROUTE_SLUGS.includes(slug)).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  return page ? pageMetadata(page) : {};
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const page = OWN_ROUTE_SLUGS.includes(slug) ? undefined : await loadPage(slug);
  if (!page) notFound();
  return <ContentPage page={page} />;
}
