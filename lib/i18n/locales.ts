/**
 * The site's two languages and how a page's path, hreflang alternates and
 * Open Graph locale follow from its slug and language. English keeps its URLs;
 * Spanish lives under /es with the same slugs (design: ../shared/design/
 * spanish-edition.md §3b). Pure functions: nothing here reads a request.
 */
import { pathForSlug } from "@/lib/content/routes";

export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

/** The language of every URL without a language prefix, and of x-default. */
export const DEFAULT_LANG: Lang = "en";

/** Each language's name in itself, as a language switch shows it (GOV.UK: "English", "Cymraeg"). */
export const LANG_NAME: Readonly<Record<Lang, string>> = { en: "English", es: "Español" };

/** BCP 47 tags for Intl: US English and US Spanish (es-US writes "6:00 p.m." and "1,500"). */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { en: "en-US", es: "es-US" };

/** Open Graph wants language_TERRITORY. */
export const OG_LOCALE: Readonly<Record<Lang, string>> = { en: "en_US", es: "es_US" };

const PREFIX: Readonly<Record<Lang, string>> = { en: "", es: "/es" };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * A language from untrusted input (a form field): anything unknown is the
 * default, so a tampered field can never block a callback request.
 */
export function parseLang(value: unknown): Lang {
  return isLang(value) ? value : DEFAULT_LANG;
}

export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "es" : "en";
}

/** The URL path of a content page: ("en", "home") -> "/", ("es", "home") -> "/es", ("es", "schedule") -> "/es/schedule". */
export function localizedPath(lang: Lang, slug: string): string {
  return withPrefix(lang, pathForSlug(slug));
}

/** The language of a site path: "/es", "/es/…", "/es?…" and "/es#…" are Spanish; everything else ("/espanol") is English. */
export function langOfPath(path: string): Lang {
  return /^\/es(?:[/?#]|$)/.test(path) ? "es" : "en";
}

/**
 * The same internal path in another language, keeping its query and hash:
 * ("es", "/schedule#times") -> "/es/schedule#times", ("en", "/es") -> "/".
 * A path already in that language comes back unchanged. Files such as
 * /evening-sessions.ics map too: each language serves its own.
 */
export function pathInLang(lang: Lang, path: string): string {
  if (!path.startsWith("/"))
    throw new Error(`pathInLang takes a site path starting with "/", not ${JSON.stringify(path)}`);
  const split = path.search(/[?#]/);
  const pathname = split === -1 ? path : path.slice(0, split);
  const rest = split === -1 ? "" : path.slice(split);
  const english = langOfPath(pathname) === "es" ? pathname.slice(PREFIX.es.length) || "/" : pathname;
  return withPrefix(lang, english) + rest;
}

function withPrefix(lang: Lang, englishPath: string): string {
  if (lang === "en") return englishPath;
  return englishPath === "/" ? PREFIX[lang] : `${PREFIX[lang]}${englishPath}`;
}

export type LanguageAlternates = Record<Lang | "x-default", string>;

/**
 * Every language version of a page, itself included, and x-default pointing
 * at the English one: Google wants the full set, reciprocal, on every version
 * (design §4, pitfall 6). `toUrl` makes them absolute for the sitemap.
 */
export function languageAlternates(slug: string, toUrl: (path: string) => string = (p) => p): LanguageAlternates {
  const languages = Object.fromEntries(LANGS.map((lang) => [lang, toUrl(localizedPath(lang, slug))])) as Record<
    Lang,
    string
  >;
  return { ...languages, "x-default": languages[DEFAULT_LANG] };
}

/**
 * `alternates` for a page's generateMetadata: canonical to itself, and every
 * language version. Relative paths; the root layout's metadataBase makes them
 * absolute. Call it from every page and never from a layout: Next merges
 * metadata shallowly, so a page's canonical would drop a layout's languages
 * (vercel/next.js#74361).
 */
export function pageAlternates(lang: Lang, slug: string): { canonical: string; languages: LanguageAlternates } {
  return { canonical: localizedPath(lang, slug), languages: languageAlternates(slug) };
}

/** Open Graph locale fields for a page in `lang`. */
export function openGraphLocale(lang: Lang): { locale: string; alternateLocale: string[] } {
  return { locale: OG_LOCALE[lang], alternateLocale: LANGS.filter((l) => l !== lang).map((l) => OG_LOCALE[l]) };
}
