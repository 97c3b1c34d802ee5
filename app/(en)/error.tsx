"use client";

import { PageError } from "@/components/layout/page-error";
import { errorPageEn } from "@/content/error-page";

/** Shown inside the English root layout when a page fails to render. */
export default function EnglishPageError({ reset }: { error: Error; reset: () => void }) {
  return <PageError words={errorPageEn} homeHref="/" reset={reset} />;
}
