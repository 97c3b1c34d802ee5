import { program } from "@/content/program";
import { schedule as scheduleData } from "@/content/schedule";
import type { Location, Schedule } from "@/lib/content/schemas";
import { formatHourFigure, formatRange, numberWord } from "@/lib/format";
import { daysPerWeek, hoursPerWeek, scheduleTracks } from "@/lib/schedule";

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The program from start to finish (same days throughout), where people step down to next, and alumni sessions. */
export function StepDown({
  schedule = scheduleData,
  locations = program.locations,
  weeks = program.programLengthWeeks,
}: {
  schedule?: Schedule;
  locations?: readonly Location[];
  weeks?: number;
}) {
  const tracks = scheduleTracks(schedule, locations);
  const days = formatRange(
    tracks.map((t) => daysPerWeek(t.block)),
    numberWord,
  );
  const hours = formatRange(
    tracks.map((t) => hoursPerWeek(t.block)),
    formatHourFigure,
  );
  return (
    <div className="my-8">
      <ol className="space-y-3">
        <li className="rounded-lg border border-ink/15 p-4">
          <p className="text-sm font-semibold tracking-wide text-brand-dark uppercase">During the program</p>
          <p className="text-lg font-bold text-ink">
            {capitalize(days)} days a week, {hours} hours a week
          </p>
          <p className="mt-1">
            Designed to last {weeks} weeks. You may finish sooner if you and your team agree you no longer need this
            much care.
          </p>
          <p className="mt-1">{schedule.inProgram.summary}</p>
        </li>
        <li className="rounded-lg border border-dashed border-ink/30 p-4">
          <p className="text-sm font-semibold tracking-wide text-brand-dark uppercase">Then</p>
          <p className="text-lg font-bold text-ink">{schedule.afterProgram.name}</p>
          <p className="mt-1">{schedule.afterProgram.summary}</p>
        </li>
      </ol>
      <div className="mt-6 rounded-lg bg-brand-light p-4">
        <p className="text-lg font-bold text-brand-dark">Alumni sessions</p>
        <p className="mt-1">{schedule.alumni.summary}</p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-semibold">How often</dt>
          <dd>
            {capitalize(numberWord(schedule.alumni.sessionsPerWeek))}{" "}
            {schedule.alumni.sessionsPerWeek === 1 ? "session" : "sessions"} a week
          </dd>
          <dt className="font-semibold">Cost</dt>
          <dd>{schedule.alumni.cost}</dd>
        </dl>
      </div>
    </div>
  );
}
