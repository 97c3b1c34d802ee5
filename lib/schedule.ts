import { weekdaySchema, type Location, type Schedule, type TimeBlock, type Weekday } from "@/lib/content/schemas";
import { formatClock, minutesBetween } from "@/lib/format";

/** Monday first, the order the schema lists them in. */
export const WEEKDAYS: readonly Weekday[] = weekdaySchema.options;

const WEEKDAY_NAMES = {
  Mon: "Monday",
  Tue: "Tuesday",
  Wed: "Wednesday",
  Thu: "Thursday",
  Fri: "Friday",
  Sat: "Saturday",
  Sun: "Sunday",
} as const satisfies Record<Weekday, string>;

/** "Mon" -> "Monday": also the names schema.org's dayOfWeek takes. */
export function weekdayName(day: Weekday): (typeof WEEKDAY_NAMES)[Weekday] {
  return WEEKDAY_NAMES[day];
}

/** Days in calendar order, without repeats. */
export function sortDays(days: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((d) => days.includes(d));
}

/**
 * ["Mon","Tue","Wed","Thu"] -> "Monday to Thursday"; ["Tue","Thu"] -> "Tuesday and Thursday";
 * ["Mon","Wed","Fri"] -> "Monday, Wednesday and Friday".
 */
export function formatDays(days: readonly Weekday[]): string {
  const sorted = sortDays(days);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "";
  const consecutive = WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first) === sorted.length - 1;
  if (sorted.length >= 3 && consecutive) return `${weekdayName(first)} to ${weekdayName(last)}`;
  if (sorted.length === 1) return weekdayName(first);
  return `${sorted.slice(0, -1).map(weekdayName).join(", ")} and ${weekdayName(last)}`;
}

export function hoursPerSession(block: Pick<TimeBlock, "start" | "end">): number {
  return minutesBetween(block.start, block.end) / 60;
}

/** Days a week the block meets; a day listed twice counts once. */
export function daysPerWeek(block: Pick<TimeBlock, "days">): number {
  return sortDays(block.days).length;
}

/** Sessions in a whole series: weeks times the days the block meets. */
export function sessionCount(block: Pick<TimeBlock, "days">, weeks: number): number {
  return daysPerWeek(block) * weeks;
}

export function hoursPerWeek(block: TimeBlock): number {
  return hoursPerSession(block) * daysPerWeek(block);
}

/** "6:00 PM to 9:00 PM" */
export function formatTimeRange(block: Pick<TimeBlock, "start" | "end">): string {
  return `${formatClock(block.start)} to ${formatClock(block.end)}`;
}

export type Track = {
  id: string;
  /** Evenings, or mornings at one location; components name it in the page's language. */
  kind: "evening" | "morning";
  /** Where the track meets, when it is tied to one location. */
  location?: Location;
  block: TimeBlock;
};

/** The ways to attend: the evening block, then each location's morning block. */
export function scheduleTracks(schedule: Pick<Schedule, "eveningBlock">, locations: readonly Location[]): Track[] {
  return [
    { id: "evening", kind: "evening" as const, block: schedule.eveningBlock },
    ...locations.map((location) => ({
      id: `${location.id}-mornings`,
      kind: "morning" as const,
      location,
      block: location.morningBlock,
    })),
  ];
}

/** Days on which any track meets, in calendar order. */
export function daysInUse(tracks: readonly Track[]): Weekday[] {
  return sortDays(tracks.flatMap((t) => t.block.days));
}

export type AgendaItem = Schedule["typicalEvening"][number] & { end: string; minutes: number };

/** Each item of the typical evening with its end time: the next item's start, or the end of the block. */
export function eveningAgenda(schedule: Pick<Schedule, "eveningBlock" | "typicalEvening">): AgendaItem[] {
  return schedule.typicalEvening.map((item, i) => {
    const end = schedule.typicalEvening[i + 1]?.start ?? schedule.eveningBlock.end;
    return { ...item, end, minutes: minutesBetween(item.start, end) };
  });
}
