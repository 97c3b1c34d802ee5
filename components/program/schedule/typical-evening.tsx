import { schedule as scheduleData } from "@/content/schedule";
import type { Schedule } from "@/lib/content/schemas";
import { formatClock, formatDuration } from "@/lib/format";
import { eveningAgenda, formatTimeRange } from "@/lib/schedule";

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
