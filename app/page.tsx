import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/content/content-page";
import { pageMetadata } from "@/lib/content/page-metadata";
import { HOME_SLUG, loadPage } from "@/lib/content/pages";

async function loadHome() {
  return (await loadPage(HOME_SLUG)) ?? notFound();
}

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await loadHome());
}

export default async function HomePage() {
  return <ContentPage page={await loadHome()} />;
}
