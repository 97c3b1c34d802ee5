import { expect, test } from "@playwright/test";
import { crisisLinesFor } from "@/content/crisis-lines";
import { errorPageEn } from "@/content/error-page";
import { navigationFor } from "@/content/navigation";
import { program } from "@/content/program";
import { ui } from "@/content/ui";
import { localizedPath, otherLang } from "@/lib/i18n/locales";
import { pageRoutes, routesIn } from "../support/routes";

/**
 * The two editions hold together: each page names its language, links to its
 * twin (and the twin links back), declares the same hreflang set, and a
 * Spanish page carries no English interface words.
 */

for (const { route, lang, slug } of pageRoutes) {
  test(`${route} names its language and links to its twin, which links back`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const other = otherLang(lang);
    const twin = localizedPath(other, slug);
    const toggle = page.getByRole("navigation", { name: ui[lang].languageNav.label }).getByRole("link");
    await expect(toggle).toHaveAttribute("href", twin);
    await expect(toggle).toHaveAttribute("lang", other);
    await expect(toggle).toHaveAttribute("hreflang", other);
    await expect(toggle).toHaveText(ui[other].languageNav.thisPage);

    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!);
    expect(canonical.pathname).toBe(route);
    const alternates = Object.fromEntries(
      await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]),
        ),
    );
    expect(alternates).toEqual({
      en: localizedPath("en", slug),
      es: localizedPath("es", slug),
      "x-default": localizedPath("en", slug),
    });

    const back = await page.goto(twin);
    expect(back?.status()).toBe(200);
    const returnLink = page.getByRole("navigation", { name: ui[other].languageNav.label }).getByRole("link");
    await expect(returnLink).toHaveAttribute("href", route);
  });
}

/** English interface words that must never appear on a Spanish page: every chrome string the English pages use. */
function englishInterfaceWords(): string[] {
  const strings = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === "string") strings.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(ui.en);
  collect(errorPageEn);
  const nav = navigationFor("en");
  collect([nav.home, nav.requestCall, ...nav.main, ...nav.footer].map((item) => item.label));
  collect(crisisLinesFor("en").map(({ name, action, detail, text }) => ({ name, action, detail, text: text?.action })));
  const spanish = new Set<string>();
  const collectEs = (value: unknown) => {
    if (typeof value === "string") spanish.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(collectEs);
  };
  collectEs(ui.es);
  // The link back to English is meant to be in English; words shared by both languages prove nothing.
  return [...strings].filter(
    (s) => s.length >= 4 && !spanish.has(s) && s !== ui.en.languageNav.thisPage && s !== ui.en.languageNav.siteName,
  );
}

/** Words that in running text mean English; removed first: the program's own names, which stay as they are. */
const ENGLISH_WORDS = /\b(?:the|and|you|your|with|for|this|that|our|call us|please)\b/gi;

for (const route of routesIn("es")) {
  test(`${route} carries no English interface words`, async ({ page }) => {
    await page.goto(route);
    const text = await page.locator("body").evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      // Sources keep their English titles (marked "(en inglés)"); the link back to English is English on purpose.
      copy.querySelectorAll("#page-sources, #page-sources ~ *, [lang='en'], script, style").forEach((el) => {
        const section = el.id === "page-sources" ? el.closest("section") : el;
        section?.remove();
      });
      return copy.innerText;
    });
    const found = englishInterfaceWords().filter((s) => text.includes(s));
    expect(found, `English interface text on ${route}`).toEqual([]);
    const names = [
      program.name,
      program.shortName,
      program.accreditation?.es ?? "",
      ...program.locations.map((l) => l.name),
    ];
    const prose = names.reduce((t, name) => (name ? t.split(name).join(" ") : t), text);
    const english = [...new Set(prose.match(ENGLISH_WORDS) ?? [])];
    expect(english, `English words on ${route}`).toEqual([]);
  });
}
