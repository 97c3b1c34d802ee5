import { program } from "@/content/program";
import { schedule as scheduleData } from "@/content/schedule";
import type { Location, Schedule } from "@/lib/content/schemas";
import { formatClock, formatHours } from "@/lib/format";
import {
  daysInUse,
  formatDays,
  hoursPerSession,
  hoursPerWeek,
  scheduleTracks,
  trackTitle,
  weekdayName,
} from "@/lib/schedule";

/*
 * The schedule page's data components (this folder) compute every time and
 * hour they show from content/schedule.ts and content/program.ts, never typed.
 */

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
