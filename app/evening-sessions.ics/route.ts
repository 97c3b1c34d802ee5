import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { eveningSessionsCalendar } from "@/lib/ics";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-static";
// The series starts on the next first day of the evening block, so the file
// is rebuilt once a day rather than left pointing at a week long past.
export const revalidate = 86400;

export function GET(): Response {
  const body = eveningSessionsCalendar({
    schedule,
    weeks: program.programLengthWeeks,
    host: new URL(siteUrl).hostname,
    now: new Date(),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="evening-sessions.ics"',
    },
  });
}
