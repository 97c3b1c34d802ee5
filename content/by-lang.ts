import type { Lang } from "@/lib/i18n/locales";
import { careLevels } from "./care-levels";
import { faqs } from "./faqs";
import { safety } from "./safety";
import { selfCheck } from "./self-check";
import { careTeam, serviceGroups, services } from "./services";

/**
 * Each data set in the page's language: the English file in content/, its
 * Spanish twin in content/es/ (same ids, same sources, same facts; checked by
 * tests/content-check/spanish-data-twins.test.ts). Components ask here, so a
 * page never mixes languages.
 */
const pick =
  <T>(en: T, es: T) =>
  (lang: Lang): T =>
    lang === "es" ? es : en;

// The Spanish files are being written; until they land, these return English (the e2e check for English words on
// Spanish pages fails while they do).
export const faqsFor = pick(faqs, faqs);
export const servicesFor = pick({ services, serviceGroups, careTeam }, { services, serviceGroups, careTeam });
export const careLevelsFor = pick(careLevels, careLevels);
export const selfCheckFor = pick(selfCheck, selfCheck);
export const safetyFor = pick(safety, safety);
