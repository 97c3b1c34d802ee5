import { TextWithPhoneLinks } from "@/components/content/text-with-phone-links";
import { practicalAnswer, whoAnswers } from "@/content/practical";
import { program as defaultProgram } from "@/content/program";
import { schedule } from "@/content/schedule";
import { ui } from "@/content/ui";
import type { Program } from "@/lib/content/schemas";
import { formatDays, formatList, formatTimeRange } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { scheduleTracks } from "@/lib/schedule";

/**
 * A fixed label column, as wide as the language's longest label ("Who answers", "Quién contesta"): with `auto`, a
 * wider label arriving later in the stream would shift every answer.
 */
const LABEL_COLUMN: Readonly<Record<Lang, string>> = {
  en: "sm:grid-cols-[9rem_1fr]",
  es: "sm:grid-cols-[10rem_1fr]",
};

/**
 * The basics in five lines at the top of the home page, so a person on a
 * phone learns them without opening three pages. Every line comes from
 * content/program.ts and content/schedule.ts.
 */
export function AtAGlance({ lang, program = defaultProgram }: { lang: Lang; program?: Program }) {
  const t = ui[lang].atAGlance;
  const [evening, ...mornings] = scheduleTracks(schedule, program.locations);
  const places = program.locations.map((l) => l.name);
  const cities = [...new Set(program.locations.map((l) => l.city))];
  const insurance = practicalAnswer("insurance", program, lang);
  const rows: [string, string][] = [
    [
      t.when,
      `${evening ? t.evenings(formatDays(lang, evening.block.days), formatTimeRange(lang, evening.block)) : ""}${
        mornings.length > 0 ? t.orMornings : ""
      }`,
    ],
    [t.howLong, t.plannedFor(ui[lang].programLength(program.programLengthWeeks))],
    [t.where, `${formatList(lang, places)}, ${formatList(lang, cities)}`],
    [t.cost, insurance.askUs ? insurance.text : t.insuranceChecked],
    [t.whoAnswers, whoAnswers(program, lang)],
  ];
  return (
    <section
      aria-labelledby="at-a-glance"
      className="not-prose my-6 rounded-xl border border-ink/15 bg-white p-4 sm:p-5"
    >
      <h2 id="at-a-glance" className="text-xl font-bold text-ink">
        {t.heading}
      </h2>
      <dl className={`mt-3 grid gap-x-4 ${LABEL_COLUMN[lang]} sm:gap-y-2`}>
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-ink">{label}</dt>
            <dd className="mb-2 text-ink-soft sm:mb-0">
              <TextWithPhoneLinks text={value} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
