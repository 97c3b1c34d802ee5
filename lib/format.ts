/*
 * Arithmetic on clock times and figures without words. Everything a page
 * prints in words (days, times, dates, hours, number words) is formatted per
 * language in lib/i18n/format.ts, which is server-only; these few also run in
 * the browser.
 */

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

/** 12 -> "12", 1.5 -> "1.5", 1/3 -> "0.33": hours as a figure, rounded to two places. */
export function formatHourFigure(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}
