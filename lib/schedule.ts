import { weekdaySchema, type Location, type Schedule, type TimeBlock, type Weekday } from "@/lib/content/schemas";
import { minutesBetween } from "@/lib/format";

/** Monday first, the order the schema lists them in. */
export const WEEKDAYS: readonly Weekday[] = weekdaySchema.options;

/** Days in calendar order, without repeats. */
export function sortDays(days: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((d) => days.includes(d));
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
