import { SourceLink } from "@/components/ui/source-link";
import { careLevelsFor } from "@/content/by-lang";
import { ui } from "@/content/ui";
import { citationNumbers } from "@/lib/content/citations";
import type { CareLevels } from "@/lib/content/schemas";
import { numberWord } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";

type Props = {
  lang: Lang;
  /**
   * The page's metadata.sources, in order: citations are numbered to match
   * the numbered source list at the foot of the page.
   */
  citations: readonly string[];
  data?: CareLevels;
};

/**
 * Levels of care side by side. From the md breakpoint up (and in print) it is
 * a real table in a focusable scroll region; on phones the same data is shown
 * as one card per level. Only one of the two is displayed at a time, so
 * assistive technology never meets both.
 */
export function CompareTable({ lang, citations, data = careLevelsFor(lang) }: Props) {
  const t = ui[lang].compareTable;
  const captionId = "compare-levels-caption";
  // "nivel" is masculine: "los cuatro niveles".
  const title = t.title(numberWord(lang, data.levels.length, "masculine"));
  const note = t.note;
  // For a cell no source backs: honest, and still tells the reader what to do.
  const notCovered = <span className="text-ink-soft italic">{t.notCovered}</span>;
  const asamLabel = (level: string) => t.asamLevel(level, /\s/.test(level));
  const cite = (sources: readonly string[]) => <Citations lang={lang} sources={sources} order={citations} />;

  return (
    // From lg up the table breaks out of the reading column, so its five columns get room to breathe.
    <div className="my-8 lg:mx-[calc(50%-min(34rem,50vw-2rem))]">
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="hidden overflow-x-auto rounded-lg border border-ink/15 md:block print:block print:overflow-visible print:border-0"
      >
        <table className="w-full min-w-[44rem] table-fixed border-collapse text-left text-sm leading-snug lg:text-base print:min-w-0 print:text-[9pt]">
          <caption id={captionId} className="px-4 pt-4 pb-3 text-left text-lg font-bold text-ink">
            {title}
            <span className="mt-1 block text-sm font-normal text-ink-soft print:text-[8pt]">{note}</span>
          </caption>
          {/* While a slow connection streams the table in, nothing already shown may move: the columns take their
              widths from here rather than from whichever cells have arrived, and the header cells hang from the top,
              with room kept above every level's name for the "What we offer" label. */}
          <colgroup>
            <col className="w-36" />
            {data.levels.map((level) => (
              <col key={level.id} />
            ))}
          </colgroup>
          <thead>
            <tr className="border-b-2 border-ink/20 align-top">
              <td className="p-3" />
              {data.levels.map((level) => (
                <th
                  key={level.id}
                  scope="col"
                  className={`relative p-3 pt-8 font-bold text-ink ${level.thisProgram ? "bg-brand-light" : ""}`}
                >
                  {level.thisProgram && (
                    <span className="absolute top-3 left-3 text-xs font-semibold tracking-wide text-brand-dark uppercase print:text-[7pt]">
                      {t.whatWeOffer}
                    </span>
                  )}
                  <span className="block">{level.name}</span>
                  <span className="mt-1 block text-sm font-normal text-ink-soft print:text-[8pt]">
                    {asamLabel(level.asamLevel)}
                  </span>
                  {level.fourthEdition && (
                    <span className="block text-sm font-normal text-ink-soft print:text-[8pt]">
                      {t.fourthEdition(level.fourthEdition)}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.factors.map((factor) => (
              <tr key={factor.id} className="border-b border-ink/10 align-top last:border-b-0">
                <th scope="row" className="bg-paper-warm p-3 font-semibold text-ink">
                  {factor.label}
                </th>
                {data.levels.map((level) => {
                  const cell = factor.cells[level.id];
                  return (
                    <td key={level.id} className={`p-3 ${level.thisProgram ? "bg-brand-light/50" : ""}`}>
                      {cell ? (
                        <>
                          {cell.text}
                          {cite(cell.sources)}
                        </>
                      ) : (
                        notCovered
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="md:hidden print:hidden">
        <p className="text-lg font-bold text-ink">{title}</p>
        <p className="mt-1 text-sm text-ink-soft">{note}</p>
        <ul className="mt-4 space-y-4">
          {data.levels.map((level) => (
            <li
              key={level.id}
              className={`rounded-lg border p-4 ${level.thisProgram ? "border-brand bg-brand-light/40" : "border-ink/15"}`}
            >
              {level.thisProgram && (
                <p className="text-xs font-semibold tracking-wide text-brand-dark uppercase">{t.whatWeOffer}</p>
              )}
              <h3 className="text-lg font-bold text-ink">{level.name}</h3>
              <p className="text-sm text-ink-soft">
                {asamLabel(level.asamLevel)}
                {level.fourthEdition && <> ({t.fourthEdition(level.fourthEdition)})</>}
              </p>
              <dl className="mt-3 space-y-2">
                {data.factors.map((factor) => {
                  const cell = factor.cells[level.id];
                  return (
                    <div key={factor.id}>
                      <dt className="text-sm font-semibold text-ink-soft">{factor.label}</dt>
                      <dd className="text-ink">
                        {cell ? (
                          <>
                            {cell.text}
                            {cite(cell.sources)}
                          </>
                        ) : (
                          notCovered
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Links to the page's numbered source list, e.g. [1] [3], after a cell's text. */
function Citations({ lang, sources, order }: { lang: Lang; sources: readonly string[]; order: readonly string[] }) {
  return (
    <span className="ml-1 inline-flex gap-1 align-middle">
      {citationNumbers(sources, order, "The compare table").map(({ id, n }) => (
        <SourceLink key={id} lang={lang} id={id} n={n} />
      ))}
    </span>
  );
}
