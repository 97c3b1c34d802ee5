/**
 * Screenshots for a person to look at, against a running server:
 *
 *   npx tsx tests/support/screenshots.ts [baseURL] [route...]
 *
 * Writes to tests/screenshots/ (not committed):
 *   <route>-375.png, <route>-1280.png   full pages at phone and desktop widths
 *   <route>-zoom200.png                 a 1280 x 900 window at 200% zoom (640 CSS px, drawn at 2x)
 *   focus-*.png                         what keyboard focus looks like on the controls people use most
 */
import { mkdirSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";
import { tabTo } from "./keyboard";
import { routes } from "./routes";

const [baseURL = "http://127.0.0.1:3100", ...only] = process.argv.slice(2);
const outDir = "tests/screenshots";
mkdirSync(outDir, { recursive: true });
const url = (route: string) => new URL(route, baseURL).toString();
const fileName = (route: string) => (route === "/" ? "home" : route.slice(1).replaceAll("/", "_"));

const views = [
  { suffix: "375", viewport: { width: 375, height: 900 }, deviceScaleFactor: 1 },
  { suffix: "1280", viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { suffix: "zoom200", viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

async function fullPages(browser: Browser) {
  for (const { suffix, viewport, deviceScaleFactor } of views) {
    const page = await browser.newPage({ viewport, deviceScaleFactor });
    for (const route of only.length ? only : routes) {
      await page.goto(url(route), { waitUntil: "networkidle" });
      await page.screenshot({ path: `${outDir}/${fileName(route)}-${suffix}.png`, fullPage: true });
    }
    await page.close();
  }
}

async function focusStates(browser: Browser) {
  const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
  const shot = (name: string) => page.screenshot({ path: `${outDir}/focus-${name}.png` });

  await page.goto(url("/"));
  await page.keyboard.press("Tab");
  await shot("skip-link");
  await tabTo(page, page.locator("nav summary").first());
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await shot("menu-open");

  await page.goto(url("/faq"));
  await tabTo(page, page.locator("#questions a").nth(1));
  await shot("faq-question");

  await page.goto(url("/is-iop-right-for-me"));
  await tabTo(page, page.locator('input[type="checkbox"]').first());
  await page.keyboard.press("Space");
  await shot("self-check");

  await page.goto(url("/admissions"));
  await tabTo(page, page.locator('button[type="submit"]').first());
  await shot("form-submit");
  await page.keyboard.press("Enter");
  await page.waitForTimeout(500);
  await shot("form-errors");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForTimeout(300);
  await shot("form-first-error-field");
  await page.close();
}

const browser = await chromium.launch(chromiumLaunchOptions());
await fullPages(browser);
if (!only.length) await focusStates(browser);
await browser.close();
console.info(`screenshots in ${outDir}/`);
