import type { MedicalClinic, WithContext } from "schema-dts";
import type { Program } from "@/lib/content/schemas";
import { sortDays, weekdayName } from "@/lib/schedule";

/*
 * schema.org descriptions for search engines, built from the data passed in.
 * `satisfies` checks each against schema-dts (types only, nothing ships) while
 * keeping the exact shape for the tests.
 */

/**
 * The program as a clinic, on every page. `url` is the home page in the page's language; the
 * admissions line lists Spanish only when the program says its admissions team speaks it.
 */
export function organizationJsonLd(program: Program, url: string) {
  const spanish = program.practical.languages?.spanish.admissions;
  return {
    "@context": "https://schema.org",
    "@type": "MedicalClinic",
    name: program.name,
    url,
    telephone: program.admissionsPhone.e164,
    ...(program.displayEmail ? { email: program.displayEmail } : {}),
    address: program.locations.map((l) => ({
      "@type": "PostalAddress" as const,
      name: l.name,
      streetAddress: l.street,
      addressLocality: l.city,
      addressRegion: l.region,
      postalCode: l.postalCode,
      addressCountry: "US",
    })),
    // schema.org has no time zone for opening hours; the times are on the program's clock, as the pages say.
    contactPoint: {
      "@type": "ContactPoint",
      contactType: "admissions",
      telephone: program.admissionsPhone.e164,
      availableLanguage: spanish ? ["English", "Spanish"] : ["English"],
      hoursAvailable: program.admissionsHours.blocks.map((block) => ({
        "@type": "OpeningHoursSpecification" as const,
        dayOfWeek: sortDays(block.days).map(weekdayName),
        opens: block.start,
        closes: block.end,
      })),
    },
  } satisfies WithContext<MedicalClinic>;
}
