import { program } from "@/content/program";
import { schedule as scheduleData } from "@/content/schedule";
import { ui } from "@/content/ui";
import type { Location, Schedule } from "@/lib/content/schemas";
import { formatClock, formatDays, formatHours, weekdayName, weekdayShort } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { daysInUse, hoursPerSession, hoursPerWeek, scheduleTracks, type Track } from "@/lib/schedule";

/*
 * The schedule page's data components (this folder) compute every time and
 * hour they show from content/schedule.ts and content/program.ts, never typed.
 */

type WeekProps = { lang: Lang; schedule?: Pick<Schedule, "eveningBlock">; locations?: readonly Location[] };

/** "Evenings" | "Tardes": a track's name in the page's language. */
export function trackName(track: Pick<Track, "kind">, lang: Lang): string {
  const t = ui[lang].schedule;
  return track.kind === "evening" ? t.evenings : t.mornings;
}

/** "Evenings", or "Mornings at Eastside Clinic" for a track tied to one location. */
function trackTitle(track: Track, lang: Lang): string {
  const name = trackName(track, lang);
  return track.location ? ui[lang].schedule.trackAt(name, track.location.name) : name;
}

/** A week as a table: days as rows, one column per track (evenings, and mornings at each location). */
export function WeeklySchedule({ lang, schedule = scheduleData, locations = program.locations }: WeekProps) {
  const t = ui[lang].schedule;
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
            The widths fit the longest cell, "to 12:00 PM" or "a 12:00 p.m."; with many tracks the table grows past the screen and this
            region scrolls. */}
        <table className="w-full table-fixed border-collapse text-left text-sm leading-snug sm:text-base">
          {/* The caption is as wide as the table; on a phone narrower than the table its text would run on under
              the right-hand columns, out of sight until scrolled. Capped at the visible width, it wraps instead. */}
          <caption id={captionId} className="px-3 pt-4 pb-3 text-left sm:px-4">
            <span className="block max-w-[calc(100vw-3.75rem)] text-lg font-bold text-ink">
              {t.weekly.caption(formatDays(lang, days))}
            </span>
            <span className="mt-1 block max-w-[calc(100vw-3.75rem)] text-sm text-ink-soft">
              {t.weekly.intro}
              {weekendFree && t.weekly.noWeekends}
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
                {t.weekly.day}
              </th>
              {tracks.map((track) => (
                <th key={track.id} scope="col" className={`${cell} font-semibold`}>
                  {trackName(track, lang)}
                  {track.location && (
                    <span className="block font-normal text-ink-soft">
                      <span className="sr-only">{t.at}</span>
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
                    {weekdayShort(lang, day)}
                  </span>
                  <span className="sr-only sm:not-sr-only">{weekdayName(lang, day)}</span>
                </th>
                {tracks.map((track) =>
                  track.block.days.includes(day) ? (
                    <td key={track.id} className={cell}>
                      {/* The end time on its own line, in every width and language: left to wrap, "a 9:00 p.m."
                          jumped to a second line as it streamed in, moving the rows below. */}
                      <span className="whitespace-nowrap">{formatClock(lang, track.block.start)}</span>{" "}
                      <span className="block whitespace-nowrap">
                        {t.weekly.to} {formatClock(lang, track.block.end)}
                      </span>
                    </td>
                  ) : (
                    <td key={track.id} className={`${cell} text-ink-soft`}>
                      {t.weekly.noSession}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-ink/20 align-top font-semibold">
              <th scope="row" className={cell}>
                {t.weekly.weeklyTotal}
              </th>
              {tracks.map((track) => (
                <td key={track.id} className={cell}>
                  {formatHours(lang, hoursPerWeek(track.block))}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="mt-3 space-y-1 text-sm text-ink-soft">
        {tracks.map((track) => (
          <li key={track.id}>
            <strong className="font-semibold text-ink">{trackTitle(track, lang)}:</strong>{" "}
            {t.weekly.eachTime(formatDays(lang, track.block.days), formatHours(lang, hoursPerSession(track.block)))}
            {track.location &&
              t.weekly.address(
                `${track.location.street}, ${track.location.city}, ${track.location.region} ${track.location.postalCode}`,
              )}
            .
          </li>
        ))}
      </ul>
    </div>
  );
}
