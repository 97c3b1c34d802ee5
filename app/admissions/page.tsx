import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CallbackForm } from "@/components/callback/callback-form";
import { ContentPage } from "@/components/content/content-page";
import { pageMetadata } from "@/lib/content/page-metadata";
import { loadPage } from "@/lib/content/pages";

async function loadAdmissions() {
  return (await loadPage("admissions")) ?? notFound();
}

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await loadAdmissions());
}

/** Rendered per request: the callback form inside carries a fresh submission key for each visit. */
export default async function AdmissionsPage() {
  return <ContentPage page={await loadAdmissions()} components={{ CallbackForm }} />;
}
