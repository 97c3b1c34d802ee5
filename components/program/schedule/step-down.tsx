import { program } from "@/content/program";
import { schedule as scheduleData } from "@/content/schedule";
import { ui } from "@/content/ui";
import type { Location, Schedule } from "@/lib/content/schemas";
import { formatHourFigure } from "@/lib/format";
import { formatRange, numberWord } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { daysPerWeek, hoursPerWeek, scheduleTracks } from "@/lib/schedule";

/** The program from start to finish (same days throughout), where people step down to next, and alumni sessions. */
export function StepDown({
  lang,
  schedule = scheduleData,
  locations = program.locations,
  weeks = program.programLengthWeeks,
}: {
  lang: Lang;
  schedule?: Schedule;
  locations?: readonly Location[];
  weeks?: number;
}) {
  const t = ui[lang].schedule.stepDown;
  const tracks = scheduleTracks(schedule, locations);
  // "día" is masculine: "un día", "cuatro días".
  const days = formatRange(
    lang,
    tracks.map((track) => daysPerWeek(track.block)),
    (n) => numberWord(lang, n, "masculine"),
  );
  const hours = formatRange(
    lang,
    tracks.map((track) => hoursPerWeek(track.block)),
    formatHourFigure,
  );
  const { sessionsPerWeek } = schedule.alumni;
  return (
    <div className="my-8">
      <ol className="space-y-3">
        <li className="rounded-lg border border-ink/15 p-4">
          <p className="text-sm font-semibold tracking-wide text-brand-dark uppercase">{t.during}</p>
          <p className="text-lg font-bold text-ink">{t.daysAndHours(days, hours)}</p>
          <p className="mt-1">{t.designedToLast(weeks)}</p>
          <p className="mt-1">{schedule.inProgram.summary[lang]}</p>
        </li>
        <li className="rounded-lg border border-dashed border-ink/30 p-4">
          <p className="text-sm font-semibold tracking-wide text-brand-dark uppercase">{t.then}</p>
          <p className="text-lg font-bold text-ink">{schedule.afterProgram.name[lang]}</p>
          <p className="mt-1">{schedule.afterProgram.summary[lang]}</p>
        </li>
      </ol>
      <div className="mt-6 rounded-lg bg-brand-light p-4">
        <p className="text-lg font-bold text-brand-dark">{t.alumni}</p>
        <p className="mt-1">{schedule.alumni.summary[lang]}</p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-semibold">{t.howOften}</dt>
          {/* "sesión" is feminine: "una sesión". */}
          <dd>{t.sessionsAWeek(numberWord(lang, sessionsPerWeek, "feminine"), sessionsPerWeek)}</dd>
          <dt className="font-semibold">{t.cost}</dt>
          <dd>{schedule.alumni.cost[lang]}</dd>
        </dl>
      </div>
    </div>
  );
}
