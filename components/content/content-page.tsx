import type { ComponentType } from "react";
import { notFound } from "next/navigation";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { loadPage, type ContentPage as Page } from "@/lib/content/pages";
import { localizedPath, otherLang, type Lang } from "@/lib/i18n/locales";
import { mdxComponents } from "./mdx-components";
import { NextStep } from "./next-step";
import { PageReview } from "./page-review";

type Extra = Record<string, ComponentType<{ lang: Lang }>>;

/**
 * The template every MDX page renders through: the language switch, one h1,
 * the prose, the next step, the sources. `components` adds components for
 * this page only (the callback form on /admissions).
 */
export function ContentPage({ page, components }: { page: Page; components?: Extra }) {
  const { meta, Body, lang, slug } = page;
  return (
    <article className="mx-auto max-w-3xl px-4 pt-2 sm:pt-4">
      <LanguageSwitch lang={lang} twinHref={localizedPath(otherLang(lang), slug)} />
      <h1 className="mt-4 text-3xl leading-tight font-bold tracking-tight text-ink sm:mt-6 sm:text-4xl">
        {meta.title}
      </h1>
      <div className="prose mt-6">
        <Body components={mdxComponents(lang, components)} />
      </div>
      <NextStep step={meta.nextStep} lang={lang} />
      <PageReview meta={meta} lang={lang} />
    </article>
  );
}

/** A content page as a route renders it: loaded by slug and language, or the 404 page. */
export async function ContentPageRoute({ slug, lang, components }: { slug: string; lang: Lang; components?: Extra }) {
  const page = await loadPage(slug, lang);
  if (!page) notFound();
  return <ContentPage page={page} components={components} />;
}
