import { program } from "@/content/program";
import { schedule as scheduleData } from "@/content/schedule";
import { ui } from "@/content/ui";
import type { Schedule } from "@/lib/content/schemas";
import { formatDays, formatTimeRange, weekdayName } from "@/lib/i18n/format";
import { pathInLang, type Lang } from "@/lib/i18n/locales";
import { sessionCount, sortDays } from "@/lib/schedule";
import { absoluteUrl } from "@/lib/site-url";

/** Each language serves its own file (app/evening-sessions.ics, app/es/evening-sessions.ics), named in its words. */
const CALENDAR_PATH = "/evening-sessions.ics";

/** Link to the evening track as a calendar file, with what the file holds. */
export function EveningCalendarDownload({
  lang,
  schedule = scheduleData,
  weeks = program.programLengthWeeks,
}: {
  lang: Lang;
  schedule?: Pick<Schedule, "eveningBlock" | "calendar">;
  weeks?: number;
}) {
  const t = ui[lang].schedule.calendar;
  const path = pathInLang(lang, CALENDAR_PATH);
  const block = schedule.eveningBlock;
  const firstDay = sortDays(block.days)[0];
  return (
    <div className="my-6 rounded-lg border border-ink/15 p-4 sm:p-6">
      <a
        href={path}
        download="evening-sessions.ics"
        data-print-href={absoluteUrl(path)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark"
      >
        <CalendarIcon />
        {t.download}
      </a>
      <p className="mt-3">
        {t.holds(sessionCount(block, weeks), formatDays(lang, block.days), formatTimeRange(lang, block), weeks)}
        {firstDay && <> {t.firstOne(weekdayName(lang, firstDay))}</>} {t.startLater}
      </p>
      <p className="mt-2 text-ink-soft">{t.entryCalled(schedule.calendar.summary[lang])}</p>
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
