import { expect, test } from "@playwright/test";
import { ui } from "@/content/ui";
import { pageRoutes, routes } from "../support/routes";

/**
 * The promises every page makes, in its own language: its own title and description, one h1, a way past the menu, a
 * phone line, crisis help.
 */
for (const { route, lang } of pageRoutes) {
  const words = ui[lang];
  test.describe(`page ${route}`, () => {
    test("answers 200 with its own title, description and one h1", async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page).toHaveTitle(/\S.{4,}/);
      const description = await page.locator('meta[name="description"]').getAttribute("content");
      expect(description?.length ?? 0).toBeGreaterThanOrEqual(50);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^http/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /\S/);
    });

    test("has the skip link first, a click-to-call link and crisis lines", async ({ page }) => {
      await page.goto(route);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: words.skipLink });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.locator("main")).toBeFocused();

      const call = page.getByRole("banner").getByRole("link", { name: new RegExp(words.header.callAdmissions, "i") });
      await expect(call).toBeVisible();
      await expect(call).toHaveAttribute("href", /^tel:\+1\d{10}$/);
      const crisis = page.getByRole("complementary", { name: words.crisisStrip.label });
      await expect(crisis.locator('a[href="tel:911"]')).toBeVisible();
      await expect(crisis.locator('a[href="tel:988"]')).toBeVisible();
      await expect(crisis.locator('a[href="sms:988"]')).toBeVisible();
      // Only crisis lines here: the SAMHSA helpline finds treatment and gives no counseling, so it is in the footer.
      await expect(crisis.locator('a[href="tel:+18006624357"]')).toHaveCount(0);
      await expect(page.getByRole("contentinfo").locator('a[href="tel:+18006624357"]')).toBeVisible();
    });
  });
}

test("titles and descriptions are unique across pages", async ({ request }) => {
  const seen = new Map<string, string>();
  for (const route of routes) {
    const html = await (await request.get(route)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    for (const value of [title, description]) {
      expect(value, `${route} is missing a title or description`).toBeTruthy();
      expect(seen.get(value!), `${route} repeats "${value}"`).toBeUndefined();
      seen.set(value!, route);
    }
  }
});

test("a page does not prefetch /admissions, which the server renders afresh for every visit", async ({ page }) => {
  const admissions: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/admissions") admissions.push(r.url());
  });
  // The phone header shows a "Request a call" link at once; on the FAQ page several answers link there too.
  await page.setViewportSize({ width: 375, height: 800 });
  for (const route of ["/", "/faq"]) {
    await page.goto(route, { waitUntil: "networkidle" });
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(500);
  }
  expect(admissions).toEqual([]);
});
