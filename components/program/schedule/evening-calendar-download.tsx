import { program } from "@/content/program";
import { schedule as scheduleData } from "@/content/schedule";
import type { Schedule } from "@/lib/content/schemas";
import { formatDays, formatTimeRange, sessionCount, sortDays, weekdayName } from "@/lib/schedule";
import { absoluteUrl } from "@/lib/site-url";

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
