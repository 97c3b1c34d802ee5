import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { Localized, Program } from "@/lib/content/schemas";
import { LANGS } from "@/lib/i18n/locales";
import { distinctiveNameWords } from "../content-check/source-rules";
import type { ShippedFact } from "./find-facts";

/**
 * What must not be left on a site built for another program: the shipped program's names, numbers, places and
 * length, and its own sentences in English and Spanish, read from the program data itself rather than typed into a list, so the list
 * follows any edit of content/program.ts. Medicine names, plan names, days and clock times are left out: they are
 * ordinary words (or parts of words) that other pages use about any program.
 */

const WORD_NUMBERS = {
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
  es: ["cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"],
};

export function shippedFacts(p: Program): ShippedFact[] {
  const facts: ShippedFact[] = [
    { field: "name", text: p.name },
    { field: "shortName", text: p.shortName },
    ...distinctiveNameWords(p.name, p.shortName).map((text) => ({ field: "name (word)", text })),
    ...phoneFacts("admissionsPhone", p.admissionsPhone),
    ...(p.textLine ? phoneFacts("textLine", p.textLine) : []),
    { field: "admissionsHours.timeZone", text: p.admissionsHours.timeZone },
    ...inBoth("admissionsHours.timeZoneName", p.admissionsHours.timeZoneName),
    ...LANGS.map((lang) => ({
      field: `admissionsHours (${lang})`,
      text: formatAdmissionsHours(p.admissionsHours, lang),
    })),
    ...inBoth("callbackWithin", p.callbackWithin),
    ...lengthFacts(p.programLengthWeeks),
    ...p.locations.flatMap((l, i) => [
      { field: `locations.${i}.id`, text: l.id },
      { field: `locations.${i}.name`, text: l.name },
      ...distinctiveNameWords(l.name).map((text) => ({ field: `locations.${i}.name (word)`, text })),
      { field: `locations.${i}.street`, text: l.street },
      { field: `locations.${i}.city`, text: l.city },
      { field: `locations.${i}.postalCode`, text: l.postalCode },
    ]),
    ...(p.displayEmail ? [{ field: "displayEmail", text: p.displayEmail }] : []),
    ...(p.disclaimer ? inBoth("disclaimer", p.disclaimer) : []),
    ...(p.accreditation ? inBoth("accreditation", p.accreditation) : []),
  ];
  // The program's own sentences, in either language: any string of four words or more under practical and medication.
  for (const [field, value] of leaves({ practical: p.practical, medication: p.medication })) {
    if (value.split(/\s+/).length >= 4) facts.push({ field, text: value });
  }
  return dedupe(facts);
}

function inBoth(field: string, words: Localized): ShippedFact[] {
  return LANGS.map((lang) => ({ field: `${field}.${lang}`, text: words[lang] }));
}

function phoneFacts(field: string, phone: { display: string; e164: string }): ShippedFact[] {
  const digits = phone.e164.slice(-10);
  return [
    { field: `${field}.display`, text: phone.display },
    { field: `${field}.e164`, text: phone.e164 },
    { field: `${field} (digits)`, text: digits },
    // The local part as people write it, whatever the area code: "555-0142".
    { field: `${field} (local part)`, text: `${digits.slice(3, 6)}-${digits.slice(6)}` },
  ];
}

function lengthFacts(weeks: number): ShippedFact[] {
  const field = "programLengthWeeks";
  const en = WORD_NUMBERS.en[weeks];
  const es = WORD_NUMBERS.es[weeks];
  return [
    { field, text: `${weeks} weeks` },
    { field, text: `${weeks}-week` },
    { field, text: `${weeks} semanas` },
    ...(en ? [{ field, text: `${en} weeks` }] : []),
    ...(es ? [{ field, text: `${es} semanas` }] : []),
  ];
}

function* leaves(value: unknown, path = ""): Generator<[string, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* leaves(v, `${path}.${i}`);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, path ? `${path}.${k}` : k);
  }
}

function dedupe(facts: ShippedFact[]): ShippedFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => !seen.has(f.text) && seen.add(f.text));
}
