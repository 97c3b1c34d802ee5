import type { Lang } from "@/lib/i18n/locales";

/**
 * `make(lang)` run once per language, on first use, and the same value after:
 * the form's schema and resolvers are built only for a language a page asks
 * for, and react-hook-form gets one stable resolver per language.
 */
export function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    if (!made.has(lang)) made.set(lang, make(lang));
    return made.get(lang)!;
  };
}
