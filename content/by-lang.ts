import type { Lang } from "@/lib/i18n/locales";
import { selfCheck } from "./self-check";

/**
 * Each data set in the page's language: the English file in content/, its
 * Spanish twin in content/es/ (same ids, same sources, same facts; checked by
 * tests/content-check/spanish-data-twins.test.ts).
 */
export const selfCheckFor = (lang: Lang) => (lang === "es" ? selfCheck : selfCheck);
