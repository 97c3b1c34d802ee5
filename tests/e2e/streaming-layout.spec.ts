import { expect, test, type Page } from "@playwright/test";
import { routes } from "../support/routes";

/*
 * On a slow connection the page arrives a piece at a time and Chromium paints
 * what it has. Anything whose place depends on markup that has not arrived yet
 * moves when it lands: a layout shift, felt as the page jumping under a thumb.
 * Here each page is cut short and each cut rendered as the browser would
 * mid-stream; every element already on the first screen must already be where
 * the whole page puts it. Cuts fall at tag boundaries (a cut inside a tag would
 * show the parser's end-of-file repairs, which streaming never does): every
 * boundary in the header and in any table on the first screen, where a
 * right-aligned button and table columns have moved before, and one every
 * COARSE_STEP characters through the rest of the body. Phone and desktop
 * widths lay the header and the tables out differently, so both are checked.
 */

const VIEWPORTS = {
  phone: { width: 412, height: 823 }, // Lighthouse's phone
  desktop: { width: 1280, height: 900 },
};
const COARSE_STEP = 1500;

test.use({ javaScriptEnabled: false });

type Box = { key: string; x: number; y: number };

/** Where each element a person sees on the first screen sits, keyed by its path of tag names and positions among siblings. */
function firstScreenBoxes(page: Page, screenHeight: number): Promise<Box[]> {
  return page.evaluate((height) => {
    const keyOf = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        parts.unshift(`${e.tagName}${Array.prototype.indexOf.call(e.parentElement?.children ?? [], e)}`);
      }
      return parts.join(">");
    };
    return [...document.body.querySelectorAll("*")].flatMap((el) => {
      const r = el.getBoundingClientRect();
      // Screen-reader-only text is a clipped 1px box, and a closed <details> keeps its content unrendered: neither is seen.
      if (r.width <= 1 || r.height <= 1 || r.top >= height || !el.checkVisibility({ contentVisibilityAuto: true })) {
        return [];
      }
      return [{ key: keyOf(el), x: Math.round(r.left), y: Math.round(r.top) }];
    });
  }, screenHeight);
}

/** Just before each "<" and just after each ">" from `from` to `to`: prefixes that end between whole tokens. */
function boundaries(html: string, from: number, to: number): number[] {
  const points: number[] = [];
  for (let i = from; i < to; i++) {
    if (html[i] === "<") points.push(i);
    else if (html[i] === ">") points.push(i + 1);
  }
  return points;
}

/** The parts of the body to cut finely: the header on the first route (it is the same on all), and first-screen tables. */
async function fineRegions(
  page: Page,
  html: string,
  screenHeight: number,
  withHeader: boolean,
): Promise<[number, number][]> {
  const tableTops = await page.evaluate(() =>
    [...document.querySelectorAll("table")].map((t) => t.getBoundingClientRect().top),
  );
  const regions: [number, number][] = [];
  if (withHeader) regions.push([html.indexOf("<header"), html.indexOf("</header>")]);
  let from = html.indexOf("<table");
  for (const top of tableTops) {
    if (top < screenHeight) regions.push([from, html.indexOf("</table>", from)]);
    from = html.indexOf("<table", from + 1);
  }
  return regions;
}

for (const [screen, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`${screen}, ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const [index, route] of routes.entries()) {
      test(`${route}: nothing on the first screen moves while the page streams in`, async ({ page, request }) => {
        test.slow();
        const html = await (await request.get(route)).text();
        await page.setContent(html, { waitUntil: "domcontentloaded" });
        const final = new Map((await firstScreenBoxes(page, viewport.height)).map((b) => [b.key, b]));
        expect(final.size).toBeGreaterThan(20);

        // The body's elements end where React's inline copy of the page (plain <script> tags) begins.
        const bodyStart = html.indexOf("<body");
        const bodyEnd = html.indexOf("<script>", bodyStart);
        const cuts = new Set<number>();
        let last = -Infinity;
        for (const point of boundaries(html, bodyStart, bodyEnd)) {
          if (point - last >= COARSE_STEP) cuts.add((last = point));
        }
        for (const [from, to] of await fineRegions(page, html, viewport.height, index === 0)) {
          for (const point of boundaries(html, from, to)) cuts.add(point);
        }

        const moved: string[] = [];
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          await page.setContent(html.slice(0, cut), { waitUntil: "domcontentloaded" });
          for (const box of await firstScreenBoxes(page, viewport.height)) {
            const end = final.get(box.key);
            if (end && (end.x !== box.x || end.y !== box.y)) {
              moved.push(
                `cut at ${cut} (…${html.slice(cut - 40, cut)}): ${box.key} at (${box.x}, ${box.y}), then (${end.x}, ${end.y})`,
              );
            }
          }
        }
        expect(moved.slice(0, 10), `${moved.length} elements moved`).toEqual([]);
      });
    }
  });
}
