import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/content/content-page";
import { HOME_SLUG, loadPage } from "@/lib/content/pages";

async function loadHome() {
  return (await loadPage(HOME_SLUG)) ?? notFound();
}

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = await loadHome();
  return {
    title: { absolute: meta.title },
    description: meta.description,
    alternates: { canonical: "/" },
    openGraph: { title: meta.title, description: meta.description, url: "/" },
  };
}

export default async function HomePage() {
  return <ContentPage page={await loadHome()} />;
}
