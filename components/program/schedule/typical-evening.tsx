import { schedule as scheduleData } from "@/content/schedule";
import { ui } from "@/content/ui";
import type { Schedule } from "@/lib/content/schemas";
import { formatClock, formatDuration, formatTimeRange } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/locales";
import { eveningAgenda } from "@/lib/schedule";

/** An evening in order, with how long each part lasts. */
export function TypicalEvening({
  lang,
  schedule = scheduleData,
}: {
  lang: Lang;
  schedule?: Pick<Schedule, "eveningBlock" | "typicalEvening">;
}) {
  const t = ui[lang].schedule.evening;
  const agenda = eveningAgenda(schedule);
  return (
    <div className="my-8 rounded-lg bg-paper-cool p-4 sm:p-6">
      <p className="font-bold text-ink">
        {t.title(formatTimeRange(lang, schedule.eveningBlock))}{" "}
        <span className="font-normal text-ink-soft">{t.example}</span>
      </p>
      <ol className="mt-4 space-y-4">
        {agenda.map((item) => (
          <li key={item.start} className="grid grid-cols-[5.5rem_1fr] gap-x-3 sm:grid-cols-[7rem_1fr]">
            <time dateTime={item.start} className="font-semibold text-brand-dark tabular-nums">
              {formatClock(lang, item.start)}
            </time>
            <div>
              <p className="font-semibold text-ink">
                {item.activity[lang]}{" "}
                <span className="font-normal text-ink-soft">({formatDuration(lang, item.minutes)})</span>
              </p>
              {item.detail && <p className="mt-0.5">{item.detail[lang]}</p>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
