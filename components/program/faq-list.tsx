import { TextWithPhoneLinks } from "@/components/content/text-with-phone-links";
import { SmartLink } from "@/components/ui/smart-link";
import { SourceLink } from "@/components/ui/source-link";
import { faqsFor } from "@/content/by-lang";
import { faqSourceIds } from "@/content/faqs";
import { ui } from "@/content/ui";
import { citationNumbers } from "@/lib/content/citations";
import type { Lang } from "@/lib/i18n/locales";

/**
 * Each answer is an always-open section with the question as its heading, not
 * a closed <details>: without JavaScript a link to /faq#confidentiality then
 * lands on a visible answer in every browser, the page prints whole, and
 * screen-reader users can move from question to question by heading. The list
 * of questions at the top gives the quick overview an accordion would.
 *
 * No FAQPage JSON-LD: every answer would ship twice more (in the script and in
 * the RSC payload), about 2.5 kB gzip on a page at its size budget, and Google
 * shows FAQ rich results only for a few well-known government and health
 * sites since August 2023
 * (https://developers.google.com/search/blog/2023/08/howto-faq-changes).
 *
 * Citations are numbered in the order of faqSourceIds, the page's source list
 * in both languages (the Spanish questions cite the same sources).
 */
export function FaqList({ lang }: { lang: Lang }) {
  const t = ui[lang];
  const faqs = faqsFor(lang);
  return (
    <div className="mt-8 text-ink">
      <nav id="questions" aria-labelledby="questions-title" className="scroll-mt-4 rounded-lg bg-paper-warm p-5">
        <h2 id="questions-title" className="text-2xl font-bold text-ink">
          {t.faqList.heading}
        </h2>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          {faqs.map((faq) => (
            <li key={faq.id}>
              <a href={`#${faq.id}`} className="block py-1 text-brand-dark">
                {faq.question}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {faqs.map((faq) => (
        <section
          key={faq.id}
          id={faq.id}
          className="mt-10 scroll-mt-4 rounded-lg target:bg-paper-cool target:p-4 target:ring-2 target:ring-brand"
        >
          <h2 className="text-2xl leading-snug font-bold text-ink">{faq.question}</h2>
          {faq.answer.map((paragraph, i) => (
            <p key={i} className="mt-3 text-lg leading-relaxed">
              <TextWithPhoneLinks text={paragraph} />
            </p>
          ))}
          {faq.links && (
            <ul className="mt-3 space-y-1">
              {faq.links.map((link) => (
                <li key={link.href}>
                  <SmartLink href={link.href} className="inline-block py-1 font-semibold text-brand-dark">
                    {link.label}
                  </SmartLink>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-soft">
            <span>{t.page.sources}:</span>
            {citationNumbers(faq.sources, faqSourceIds, `The FAQ "${faq.id}"`).map(({ id, n }) => (
              <SourceLink key={id} lang={lang} id={id} n={n} />
            ))}
            <a href="#questions" className="no-print ml-2 inline-flex min-h-6 items-center text-ink-soft">
              {t.faqList.backToAll}
            </a>
          </p>
        </section>
      ))}
    </div>
  );
}
