import { TextWithPhoneLinks } from "@/components/content/text-with-phone-links";
import { practicalAnswer } from "@/content/practical";
import { program as defaultProgram } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { Program } from "@/lib/content/schemas";
import { formatDays, formatTimeRange, scheduleTracks } from "@/lib/schedule";

/**
 * The basics in five lines at the top of the home page, so a person on a
 * phone learns them without opening three pages. Every line comes from
 * content/program.ts and content/schedule.ts.
 */
export function AtAGlance({ program = defaultProgram }: { program?: Program }) {
  const [evening, ...mornings] = scheduleTracks(schedule, program.locations);
  const places = program.locations.map((l) => l.name);
  const cities = [...new Set(program.locations.map((l) => l.city))];
  const insurance = practicalAnswer("insurance", program);
  const rows: [string, string][] = [
    [
      "When",
      `${evening ? `Evenings, ${formatDays(evening.block.days)}, ${formatTimeRange(evening.block)}` : ""}${
        mornings.length > 0 ? ", or mornings (times differ by clinic)" : ""
      }`,
    ],
    ["How long", `Planned for ${program.programLengthWeeks} weeks`],
    ["Where", `${places.join(" and ")}, ${cities.join(" and ")}`],
    ["Cost", insurance.askUs ? insurance.text : "We check your insurance for free before you start"],
    [
      "Who answers",
      `Our own admissions team, not a call center: ${program.admissionsPhone.display}, ${formatAdmissionsHours(program.admissionsHours)}`,
    ],
  ];
  return (
    <section
      aria-labelledby="at-a-glance"
      className="not-prose my-6 rounded-xl border border-ink/15 bg-white p-4 sm:p-5"
    >
      <h2 id="at-a-glance" className="text-xl font-bold text-ink">
        At a glance
      </h2>
      {/* A fixed label column: with `auto`, a wider label arriving later in the stream would shift every answer. */}
      <dl className="mt-3 grid gap-x-4 sm:grid-cols-[9rem_1fr] sm:gap-y-2">
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
