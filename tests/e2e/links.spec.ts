import { expect, test, type APIRequestContext } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { routes } from "../support/routes";

/**
 * Dead-link check, as react.dev runs over its content: every internal link on
 * every page (the menus, next steps, FAQ links, step cards, /services#id,
 * in-page #fragments) must reach a page that answers, and a #fragment must
 * name an element on that page.
 */

type Target = { status: number; ids: Set<string> };
const targets = new Map<string, Promise<Target>>();

/** Each target is fetched once per worker, however many pages link to it. */
function fetchTarget(request: APIRequestContext, path: string): Promise<Target> {
  let target = targets.get(path);
  if (!target) {
    target = (async () => {
      const response = await request.get(path, { maxRedirects: 5 });
      const isHtml = (response.headers()["content-type"] ?? "").startsWith("text/html");
      const ids = isHtml
        ? new Set(selectAll("[id]", fromHtml(await response.text())).map((el) => String(el.properties.id)))
        : new Set<string>();
      return { status: response.status(), ids };
    })();
    targets.set(path, target);
  }
  return target;
}

/** A page that exists nowhere: its 404 page carries the main navigation too. */
const NOT_FOUND = "/no-such-page-link-check";

for (const route of [...routes, NOT_FOUND]) {
  test(`every internal link on ${route} resolves`, async ({ page, request, baseURL }) => {
    const response = await page.goto(route);
    expect(response?.status()).toBe(route === NOT_FOUND ? 404 : 200);
    const links = await page
      .locator("a[href]")
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ raw: a.getAttribute("href") ?? "", url: (a as HTMLAnchorElement).href })),
      );
    const origin = new URL(baseURL!).origin;
    const internal = links.filter((link) => new URL(link.url).origin === origin);
    expect(internal.length, "a page with no internal links means the crawl found nothing").toBeGreaterThan(0);
    test.info().annotations.push({ type: "links checked", description: String(internal.length) });

    // A link within the page (the skip link, "Back to all questions") is checked against the page as loaded.
    const here = new URL(page.url());
    const ownIds = new Set(await page.locator("[id]").evaluateAll((els) => els.map((el) => el.id)));
    const problems: string[] = [];
    for (const link of internal) {
      const url = new URL(link.url);
      const samePage = url.pathname === here.pathname && url.search === here.search;
      const target = samePage ? { status: 200, ids: ownIds } : await fetchTarget(request, url.pathname + url.search);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (target.status >= 400) {
        problems.push(`${route} links to "${link.raw}", which answers ${target.status}`);
      } else if (fragment && !target.ids.has(fragment)) {
        problems.push(`${route} links to "${link.raw}", but ${url.pathname} has no element with id "${fragment}"`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}
