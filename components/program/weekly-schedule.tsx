import { program } from "@/content/program";
import { schedule as scheduleData } from "@/content/schedule";
import type { Location, Schedule } from "@/lib/content/schemas";
import { formatClock } from "@/lib/format";
import {
  daysInUse,
  daysPerWeek,
  eveningAgenda,
  formatDays,
  formatDuration,
  formatHourFigure,
  formatHours,
  formatRange,
  formatTimeRange,
  hoursPerSession,
  hoursPerWeek,
  numberWord,
  scheduleTracks,
  sessionCount,
  sortDays,
  trackTitle,
  weekdayName,
} from "@/lib/schedule";
import { absoluteUrl } from "@/lib/site-url";

/*
 * The schedule page's data components. Every time and hour shown here is
 * computed from content/schedule.ts and content/program.ts, never typed.
 */

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type WeekProps = { schedule?: Pick<Schedule, "eveningBlock">; locations?: readonly Location[] };

/** A week as a table: days as rows, one column per track (evenings, and mornings at each location). */
export function WeeklySchedule({ schedule = scheduleData, locations = program.locations }: WeekProps) {
  const tracks = scheduleTracks(schedule, locations);
  const days = daysInUse(tracks);
  const weekendFree = !days.includes("Sat") && !days.includes("Sun");
  const captionId = "weekly-schedule-caption";
  const cell = "px-1 py-2 sm:p-3";

  return (
    <div className="my-8">
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-ink/15 print:overflow-visible"
      >
        {/* Fixed layout takes the column widths from the <col>s, the first bytes of the table, so they hold while a
            slow connection streams the rows in (automatic layout widens columns as rows land, shifting the table).
            The widths fit the longest cell, "to 12:00 PM"; with many tracks the table grows past the screen and this
            region scrolls. */}
        <table className="w-full table-fixed border-collapse text-left text-sm leading-snug sm:text-base">
          {/* The caption is as wide as the table; on a phone narrower than the table its text would run on under
              the right-hand columns, out of sight until scrolled. Capped at the visible width, it wraps instead. */}
          <caption id={captionId} className="px-3 pt-4 pb-3 text-left sm:px-4">
            <span className="block max-w-[calc(100vw-3.75rem)] text-lg font-bold text-ink">
              Session times, {formatDays(days)}
            </span>
            <span className="mt-1 block max-w-[calc(100vw-3.75rem)] text-sm text-ink-soft">
              Choose one track. The times stay the same each week.{weekendFree && " There are no sessions on weekends."}
            </span>
          </caption>
          <colgroup>
            <col className="w-[3.75rem] sm:w-[7.5rem]" />
            {tracks.map((track) => (
              <col key={track.id} className="w-[5.75rem] sm:w-40" />
            ))}
          </colgroup>
          <thead>
            <tr className="border-b-2 border-ink/20 align-bottom">
              <th scope="col" className={`${cell} font-semibold`}>
                Day
              </th>
              {tracks.map((track) => (
                <th key={track.id} scope="col" className={`${cell} font-semibold`}>
                  {track.name}
                  {track.location && (
                    <span className="block font-normal text-ink-soft">
                      <span className="sr-only">at </span>
                      {track.location.name}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day} className="border-b border-ink/10 align-top">
                <th scope="row" className={`${cell} bg-paper-warm font-semibold`}>
                  {/* Short names keep the table inside a phone screen; screen readers always hear the full name. */}
                  <span aria-hidden="true" className="sm:hidden">
                    {day}
                  </span>
                  <span className="sr-only sm:not-sr-only">{weekdayName(day)}</span>
                </th>
                {tracks.map((track) =>
                  track.block.days.includes(day) ? (
                    <td key={track.id} className={cell}>
                      <span className="whitespace-nowrap">{formatClock(track.block.start)}</span>{" "}
                      <span className="whitespace-nowrap">to {formatClock(track.block.end)}</span>
                    </td>
                  ) : (
                    <td key={track.id} className={`${cell} text-ink-soft`}>
                      No session
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-ink/20 align-top font-semibold">
              <th scope="row" className={cell}>
                Weekly total
              </th>
              {tracks.map((track) => (
                <td key={track.id} className={cell}>
                  {formatHours(hoursPerWeek(track.block))}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="mt-3 space-y-1 text-sm text-ink-soft">
        {tracks.map((track) => (
          <li key={track.id}>
            <strong className="font-semibold text-ink">{trackTitle(track)}:</strong> {formatDays(track.block.days)},{" "}
            {formatHours(hoursPerSession(track.block))} each time
            {track.location &&
              `, at ${track.location.street}, ${track.location.city}, ${track.location.region} ${track.location.postalCode}`}
            .
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An evening in order, with how long each part lasts. */
export function TypicalEvening({
  schedule = scheduleData,
}: {
  schedule?: Pick<Schedule, "eveningBlock" | "typicalEvening">;
}) {
  const agenda = eveningAgenda(schedule);
  return (
    <div className="my-8 rounded-lg bg-paper-cool p-4 sm:p-6">
      <p className="font-bold text-ink">
        One evening, {formatTimeRange(schedule.eveningBlock)}{" "}
        <span className="font-normal text-ink-soft">(an example: topics change from night to night)</span>
      </p>
      <ol className="mt-4 space-y-4">
        {agenda.map((item) => (
          <li key={item.start} className="grid grid-cols-[5.5rem_1fr] gap-x-3 sm:grid-cols-[7rem_1fr]">
            <time dateTime={item.start} className="font-semibold text-brand-dark tabular-nums">
              {formatClock(item.start)}
            </time>
            <div>
              <p className="font-semibold text-ink">
                {item.activity} <span className="font-normal text-ink-soft">({formatDuration(item.minutes)})</span>
              </p>
              {item.detail && <p className="mt-0.5">{item.detail}</p>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

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

const CALENDAR_PATH = "/evening-sessions.ics";

/** Link to the evening track as a calendar file, with what the file holds. */
export function EveningCalendarDownload({
  schedule = scheduleData,
  weeks = program.programLengthWeeks,
}: {
  schedule?: Pick<Schedule, "eveningBlock" | "calendar">;
  weeks?: number;
}) {
  const block = schedule.eveningBlock;
  const firstDay = sortDays(block.days)[0];
  return (
    <div className="my-6 rounded-lg border border-ink/15 p-4 sm:p-6">
      <a
        href={CALENDAR_PATH}
        download="evening-sessions.ics"
        data-print-href={absoluteUrl(CALENDAR_PATH)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark"
      >
        <CalendarIcon />
        Download the evening sessions (calendar file)
      </a>
      <p className="mt-3">
        The file puts {sessionCount(block, weeks)} sessions in your phone or computer calendar: {formatDays(block.days)}
        , {formatTimeRange(block)}, for {weeks} weeks.
        {firstDay && (
          <>
            {" "}
            The first one is on the next {weekdayName(firstDay)} (or today, if today is a {weekdayName(firstDay)}).
          </>
        )}{" "}
        If you start later, delete the sessions before your first day. If you finish sooner, delete the ones you no
        longer need.
      </p>
      <p className="mt-2 text-ink-soft">
        Each entry is called “{schedule.calendar.summary}”. It does not say what the session is for, in case other
        people can see your calendar.
      </p>
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg
      aria-hidden="true"
      className="shrink-0"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" strokeLinecap="round" />
    </svg>
  );
}
