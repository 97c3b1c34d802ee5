import { program } from "@/content/program";
import type { Faq } from "@/lib/content/schemas";
import { sortDays, weekdayName } from "@/lib/schedule";
import { siteUrl } from "@/lib/site-url";

/** schema.org description of the program, on every page. */
export function organizationJsonLd() {
  return {
    "@context": "https://schema.org",
    "@type": "MedicalClinic",
    name: program.name,
    url: siteUrl,
    telephone: program.admissionsPhone.e164,
    ...(program.displayEmail ? { email: program.displayEmail } : {}),
    address: program.locations.map((l) => ({
      "@type": "PostalAddress",
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
      hoursAvailable: program.admissionsHours.blocks.map((block) => ({
        "@type": "OpeningHoursSpecification",
        dayOfWeek: sortDays(block.days).map(weekdayName),
        opens: block.start,
        closes: block.end,
      })),
    },
  };
}

/** FAQPage built from the same data the /faq page renders. */
export function faqJsonLd(faqs: readonly Faq[]) {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: faqs.map((f) => ({
      "@type": "Question",
      name: f.question,
      acceptedAnswer: { "@type": "Answer", text: f.answer.join("\n\n") },
    })),
  };
}
