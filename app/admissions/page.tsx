import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentPage } from "@/components/content/content-page";
import { loadPage } from "@/lib/content/pages";

async function loadAdmissions() {
  return (await loadPage("admissions")) ?? notFound();
}

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = await loadAdmissions();
  return {
    title: meta.title,
    description: meta.description,
    alternates: { canonical: "/admissions" },
    openGraph: { title: meta.title, description: meta.description, url: "/admissions" },
  };
}

/** Rendered per request: the callback form inside carries a fresh submission key for each visit. */
export default async function AdmissionsPage() {
  return <ContentPage page={await loadAdmissions()} />;
}
