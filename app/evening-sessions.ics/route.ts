import { eveningSessionsResponse } from "@/lib/ics";

export const dynamic = "force-static";
// The series starts on the next first day of the evening block, so the file
// is rebuilt once a day rather than left pointing at a week long past.
export const revalidate = 86400;

/** The evening sessions as a calendar file; entries are called "Evening session", which names no treatment. */
export function GET(): Response {
  return eveningSessionsResponse("en");
}
