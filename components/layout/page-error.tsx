"use client";

import { AppLink } from "@/components/ui/app-link";
import type { ErrorPageText } from "@/content/error-page";

/**
 * Shown inside the root layout when a page fails to render, so the crisis
 * strip, the call button and the footer's phone numbers stay on screen. It
 * reads no content schema on purpose: that would ship the schemas to every
 * page's JavaScript. Each language's error.tsx passes its own words.
 */
export function PageError({ words, homeHref, reset }: { words: ErrorPageText; homeHref: string; reset: () => void }) {
  return (
    <div className="mx-auto max-w-3xl px-4 pt-12">
      <h1 className="text-3xl font-bold sm:text-4xl">{words.heading}</h1>
      <p className="mt-4 text-lg">{words.body}</p>
      <p className="mt-4 text-lg">{words.help}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          {words.tryAgain}
        </button>
        <AppLink href={homeHref} className="inline-flex min-h-11 items-center text-lg">
          {words.home}
        </AppLink>
      </p>
    </div>
  );
}
