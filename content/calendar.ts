import { eveningSessionsCalendar } from "@/lib/ics";
import { formatDays, formatTimeRange } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { sortDays } from "@/lib/schedule";
import { program } from "./program";
import { schedule } from "./schedule";
import { ui } from "./ui";

/** The evening sessions as a calendar file in `lang`, made at `now`, for the site at `host`. */
export function eveningSessionsFile(lang: Lang, host: string, now: Date): string {
  const block = schedule.eveningBlock;
  const weeks = program.programLengthWeeks;
  return eveningSessionsCalendar({
    lang,
    schedule,
    title: schedule.calendar.summary[lang],
    description: ui[lang].schedule.calendar.description(
      formatTimeRange(lang, block),
      formatDays(lang, sortDays(block.days)),
      weeks,
    ),
    weeks,
    host,
    now,
  });
}
