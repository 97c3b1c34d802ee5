import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { CallbackForm } from "@/components/callback/callback-form";
import { RefusalNotice } from "@/components/callback/refusal-notice";
import { ContentPage } from "@/components/content/content-page";
import { REFUSAL_HEADER, refusalKind } from "@/lib/callback/refusal";
import { pageMetadata } from "@/lib/content/page-metadata";
import { loadPage } from "@/lib/content/pages";

async function loadAdmissions() {
  return (await loadPage("admissions")) ?? notFound();
}

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await loadAdmissions());
}

/**
 * Rendered per request: the callback form inside carries a fresh submission key for each visit.
 * A post that proxy.ts refused before the form could read it gets the page with a notice on top.
 */
export default async function AdmissionsPage() {
  const refusal = refusalKind((await headers()).get(REFUSAL_HEADER));
  return (
    <>
      {refusal && <RefusalNotice kind={refusal} />}
      <ContentPage page={await loadAdmissions()} components={{ CallbackForm }} />
    </>
  );
}
