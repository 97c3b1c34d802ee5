import { sources } from "@/content/sources";
import type { PageMeta } from "@/lib/content/schemas";
import { ui } from "@/content/ui";
import { formatDate } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { SmartLink } from "@/components/ui/smart-link";

/** Sources and review date at the foot of a page, as NHS and GOV.UK pages show them. */
export function PageReview({ meta, lang }: { meta: PageMeta; lang: Lang }) {
  const words = ui[lang].page;
  return (
    <section aria-labelledby="page-sources" className="mt-12 border-t border-ink/15 pt-6 text-sm">
      <h2 id="page-sources" className="text-base font-bold">
        {words.sources}
      </h2>
      <ol className="mt-2 list-decimal space-y-2 pl-5">
        {meta.sources.map((id) => {
          const source = sources[id];
          if (!source) return null;
          return (
            <li key={id} id={`source-${id}`}>
              <cite className="not-italic">{source.citation}</cite>
              {words.inEnglish && <> {words.inEnglish}</>}
              {source.publication && <> {source.publication}.</>}
              {source.url && (
                <>
                  {" "}
                  <SmartLink href={source.url} className="break-words">
                    {siteName(source.url)}
                  </SmartLink>
                </>
              )}
              {source.note && meta.sourceNotes !== false && (
                <span className="block text-ink-soft">{source.note[lang]}</span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-4 text-ink-soft">
        {meta.lastUpdated && (
          <>
            {words.updated} <time dateTime={meta.lastUpdated}>{formatDate(lang, meta.lastUpdated)}</time>,{" "}
            {words.sinceReview}{" "}
          </>
        )}
        {words.reviewed} <time dateTime={meta.lastReviewed}>{formatDate(lang, meta.lastReviewed)}</time>, {words.byOur}{" "}
        {meta.reviewer}.
      </p>
    </section>
  );
}

/**
 * The site's name ("ecfr.gov") as the link text: the full address is in the
 * link, and print adds it after the link (globals.css), so it is not written
 * out a second time on every page.
 */
function siteName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
