import { TextWithPhoneLinks } from "@/components/content/text-with-phone-links";
import { crisisOnlyLines } from "@/content/crisis-lines";
import { selfCheckFor } from "@/content/by-lang";
import { ui } from "@/content/ui";
import type { Lang } from "@/lib/i18n/locales";
import { SelfCheckSummaryPanel } from "./self-check-summary";

/**
 * The "Is IOP right for me?" checklist. The whole list, with what each answer
 * means, is server-rendered and useful on its own; the small client panel
 * below it only adds a tailored summary once JavaScript has loaded.
 */
export function SelfCheck({ lang }: { lang: Lang }) {
  const selfCheck = selfCheckFor(lang);
  const words = ui[lang].selfCheck;
  return (
    <form className="mt-6 text-ink" aria-label={words.label}>
      <fieldset>
        <legend className="text-xl font-bold text-ink">{words.legend}</legend>
        <p className="mt-2 text-ink-soft">{words.intro}</p>
        <ul className="mt-4 space-y-4">
          {selfCheck.items.map((item) => {
            const inputId = `self-check-${item.id}`;
            return (
              <li key={item.id} className="rounded-lg border border-ink/15 bg-white p-4">
                <div className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    id={inputId}
                    name="statement"
                    value={item.id}
                    className="mt-0.5 size-6 shrink-0 accent-brand"
                  />
                  <label htmlFor={inputId} className="cursor-pointer text-lg leading-snug font-semibold text-ink">
                    {item.statement}
                  </label>
                </div>
                <dl className="mt-3 space-y-2 text-base sm:pl-9">
                  <div>
                    <dt className="font-semibold">{words.ifTrue}</dt>
                    <dd>
                      <TextWithPhoneLinks text={item.ifTrue} />
                    </dd>
                  </div>
                  <div>
                    <dt className="font-semibold">{words.ifNotTrue}</dt>
                    <dd>
                      <TextWithPhoneLinks text={item.ifNotTrue} />
                    </dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p className="mt-6">{words.outro}</p>
      <SelfCheckSummaryPanel
        items={selfCheck.items}
        crisisLinks={crisisOnlyLines(lang).map(({ id, action, href, text }) => ({ id, action, href, text }))}
        words={words.summary}
      />
    </form>
  );
}
