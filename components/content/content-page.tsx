import type { MDXComponents } from "mdx/types";
import type { ContentPage as Page } from "@/lib/content/pages";
import { NextStep } from "./next-step";
import { PageReview } from "./page-review";

/**
 * The template every MDX page renders through: one h1, the prose, the next step, the sources. `components` adds to
 * mdx-components.tsx for this page only (the callback form on /admissions).
 */
export function ContentPage({ page, components }: { page: Page; components?: MDXComponents }) {
  const { meta, Body } = page;
  return (
    <article className="mx-auto max-w-3xl px-4 pt-8 sm:pt-12">
      <h1 className="text-3xl leading-tight font-bold tracking-tight text-ink sm:text-4xl">{meta.title}</h1>
      <div className="prose mt-6">
        <Body components={components} />
      </div>
      <NextStep step={meta.nextStep} />
      <PageReview meta={meta} />
    </article>
  );
}
