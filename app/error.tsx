"use client";

import { AppLink } from "@/components/ui/app-link";

/**
 * Shown inside the root layout when a page fails to render, so the crisis
 * strip, the call button and the footer's phone numbers stay on screen. It
 * reads no content on purpose: that would ship the content schemas to every
 * page's JavaScript.
 */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-3xl px-4 pt-12">
      <h1 className="text-3xl font-bold sm:text-4xl">Sorry, this page did not load</h1>
      <p className="mt-4 text-lg">Something went wrong on our side. It was not caused by anything you did.</p>
      <p className="mt-4 text-lg">
        You can try again, or call our admissions team: the number is at the top and bottom of this page. If you are in
        crisis, the help lines are at the very top.
      </p>
      <p className="mt-6 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          Try again
        </button>
        <AppLink href="/" className="inline-flex min-h-11 items-center text-lg">
          Go to the home page
        </AppLink>
      </p>
    </div>
  );
}
