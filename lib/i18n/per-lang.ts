import type { Lang } from "./locales";

/**
 * `make(lang)` run once per language, on first use, and the same value after:
 * Intl formatters (lib/i18n/format.ts) and the form's schema and resolvers
 * (lib/callback) are built only for a language a page asks for, and
 * react-hook-form gets one stable resolver per language. Browser-safe.
 */
export function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    if (!made.has(lang)) made.set(lang, make(lang));
    return made.get(lang)!;
  };
}
