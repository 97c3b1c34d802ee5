import { parseContent } from "@/lib/content/parse";
import { programSchema } from "@/lib/content/schemas";

/**
 * The one file a provider edits to make this site theirs: name, phone lines,
 * locations and promises. Riverbend is fictional; its numbers are in the
 * 555-0100 to 555-0199 range that is reserved for fiction.
 */
export const program = parseContent(
  programSchema,
  {
    name: "Riverbend Intensive Outpatient Program",
    shortName: "Riverbend IOP",
    disclaimer:
      "Riverbend is a fictional program used to show how this site works. Its phone numbers and addresses are not real. The crisis lines are real.",
    admissionsPhone: { display: "(555) 555-0142", e164: "+15555550142" },
    textLine: { display: "(555) 555-0143", e164: "+15555550143" },
    displayEmail: "admissions@example.org",
    admissionsHours: {
      timeZone: "America/New_York",
      timeZoneName: "Eastern time",
      blocks: [
        { days: ["Mon", "Tue", "Wed", "Thu", "Fri"], start: "08:00", end: "20:00" },
        { days: ["Sat"], start: "09:00", end: "13:00" },
      ],
    },
    callbackWithin: "one business day",
    programLengthWeeks: 8,
    accreditation: "Accredited by The Joint Commission (fictional example)",
    locations: [
      {
        id: "eastside",
        name: "Eastside Clinic",
        street: "120 Harbor Street, Suite 200",
        city: "Maple Hollow",
        region: "OH",
        postalCode: "43000",
        morningBlock: { days: ["Mon", "Tue", "Wed", "Thu"], start: "09:00", end: "12:00" },
      },
      {
        id: "northgate",
        name: "Northgate Clinic",
        street: "45 Orchard Avenue",
        city: "Maple Hollow",
        region: "OH",
        postalCode: "43001",
        morningBlock: { days: ["Tue", "Wed", "Thu", "Fri"], start: "09:30", end: "12:30" },
      },
    ],
  },
  "content/program.ts",
);
