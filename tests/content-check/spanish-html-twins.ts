/**
 * The twin check on the built HTML (design §3d, HTML level): components render
 * the facts, so this catches a fact that reached a Spanish page some other way
 * than the source check can see. Per pair /x and /es/x it compares the phone
 * and text-message links and the numbers in <main>, and checks each page's
 * <html lang>, its canonical and its hreflang set. Pure: run.ts reads the files.
 */
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { languageAlternates, localizedPath, type Lang } from "@/lib/i18n/locales";
import { extractMainText } from "./extract-text";
import { numbersIn } from "./spanish-twin-facts";
import { differences } from "./spanish-twins";

export type HtmlTwinFacts = {
  lang: string | undefined;
  canonical: string | undefined;
  /** hreflang -> href, from <link rel="alternate" hreflang>. */
  alternates: Readonly<Record<string, string>>;
  /** tel: targets of links in <main>, sorted, repeats kept. */
  tel: readonly string[];
  /** sms: targets in <main> without their query (?&body= holds the message, in the page's language), sorted. */
  sms: readonly string[];
  /** Numbers in the text of <main> as the content check reads it (Sources left out), times as HH:MM. */
  numbers: readonly string[];
};

export function htmlTwinFacts(html: string): HtmlTwinFacts {
  const tree = fromHtml(html);
  const main = select("main", tree);
  if (!main) throw new Error("no <main> element in the page");
  const attr = (node: { properties?: Record<string, unknown> } | undefined, name: string) => {
    const value = node?.properties?.[name];
    return value == null ? undefined : Array.isArray(value) ? value.join(" ") : String(value);
  };
  const hrefs = (scheme: string) =>
    selectAll(`a[href^="${scheme}"]`, main)
      .map((a) => attr(a, "href")!)
      .sort();
  const alternates: Record<string, string> = {};
  for (const link of selectAll('link[rel="alternate"][hreflang]', tree)) {
    alternates[attr(link, "hrefLang")!] = attr(link, "href")!;
  }
  return {
    lang: attr(select("html", tree), "lang"),
    canonical: attr(select('link[rel="canonical"]', tree), "href"),
    alternates,
    tel: hrefs("tel:"),
    sms: hrefs("sms:").map((href) => href.replace(/\?.*$/, "")),
    numbers: numbersIn(extractMainText(html).text),
  };
}

/** A URL's path, so absolute and relative forms of the same page compare equal. */
const pathOf = (url: string) => new URL(url, "http://site.invalid").pathname.replace(/(?<=.)\/$/, "");

function pageProblems(lang: Lang, slug: string, facts: HtmlTwinFacts): string[] {
  const problems: string[] = [];
  const self = localizedPath(lang, slug);
  if (facts.lang !== lang) problems.push(`<html lang="${facts.lang ?? ""}"> on ${self}; it should be "${lang}"`);
  if (!facts.canonical || pathOf(facts.canonical) !== self) {
    problems.push(`canonical of ${self} is ${facts.canonical ?? "missing"}; it should point at the page itself`);
  }
  const expected = languageAlternates(slug);
  const found = Object.fromEntries(
    Object.entries(facts.alternates).map(([hreflang, href]) => [hreflang, pathOf(href)]),
  );
  if (JSON.stringify(Object.entries(found).sort()) !== JSON.stringify(Object.entries(expected).sort())) {
    problems.push(`hreflang links of ${self} are ${JSON.stringify(found)}; expected ${JSON.stringify(expected)}`);
  }
  return problems;
}

/**
 * Problems with one pair of built pages. `englishOnly` lists tel:/sms: targets
 * the Spanish page leaves out on purpose (crisis lines that answer only in
 * English, issue 25); nothing else may differ.
 */
export function compareHtmlTwins(
  slug: string,
  en: HtmlTwinFacts,
  es: HtmlTwinFacts,
  { englishOnly = [] }: { englishOnly?: readonly string[] } = {},
): string[] {
  const bilingual = (targets: readonly string[]) => targets.filter((t) => !englishOnly.includes(t));
  return [
    ...pageProblems("en", slug, en),
    ...pageProblems("es", slug, es),
    ...differences("phone link", bilingual(en.tel), es.tel),
    ...differences("text-message link", bilingual(en.sms), es.sms),
    ...differences("number", en.numbers, es.numbers),
  ];
}
