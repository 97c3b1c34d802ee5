"use client";

import { PageError } from "@/components/layout/page-error";
import { errorPageEs } from "@/content/error-page";

/** Shown inside the Spanish root layout when a page fails to render. */
export default function SpanishPageError({ reset }: { error: Error; reset: () => void }) {
  return <PageError words={errorPageEs} homeHref="/es" reset={reset} />;
}
