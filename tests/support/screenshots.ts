/**
 * Full-page screenshots of every route at phone and desktop widths, for a
 * person to look at: `npx tsx tests/support/screenshots.ts [baseURL] [route...]`
 * against a running server. Writes tests/screenshots/<route>-<width>.png.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";
import { routes } from "./routes";

const [baseURL = "http://127.0.0.1:3100", ...only] = process.argv.slice(2);
const outDir = "tests/screenshots";
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const route of only.length ? only : routes) {
    await page.goto(new URL(route, baseURL).toString(), { waitUntil: "networkidle" });
    const name = route === "/" ? "home" : route.slice(1).replaceAll("/", "_");
    await page.screenshot({ path: `${outDir}/${name}-${width}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
console.info(`screenshots in ${outDir}/`);
