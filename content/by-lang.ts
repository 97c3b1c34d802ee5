import type { Lang } from "@/lib/i18n/locales";
import { careLevels } from "./care-levels";
import { faqs } from "./faqs";
import { safety } from "./safety";
import { selfCheck } from "./self-check";
import { careTeam, serviceGroups, services } from "./services";
import { careLevels as careLevelsEs } from "./es/care-levels";
import { faqs as faqsEs } from "./es/faqs";
import { safety as safetyEs } from "./es/safety";
import { selfCheck as selfCheckEs } from "./es/self-check";
import { careTeam as careTeamEs, serviceGroups as serviceGroupsEs, services as servicesEs } from "./es/services";

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

export const faqsFor = pick(faqs, faqsEs);
export const servicesFor = pick(
  { services, serviceGroups, careTeam },
  { services: servicesEs, serviceGroups: serviceGroupsEs, careTeam: careTeamEs },
);
export const careLevelsFor = pick(careLevels, careLevelsEs);
export const selfCheckFor = pick(selfCheck, selfCheckEs);
export const safetyFor = pick(safety, safetyEs);
