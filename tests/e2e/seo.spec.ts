import { type APIRequestContext, expect, test } from "@playwright/test";
import { program } from "@/content/program";
import { routes } from "../support/routes";

// Absolute URLs use SITE_URL as it was at build time, so these compare paths and one origin.
async function sitemapUrls(request: APIRequestContext) {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
}

test("the sitemap lists every route in both languages", async ({ request }) => {
  const urls = await sitemapUrls(request);
  expect(urls.map((u) => u.pathname).sort()).toEqual([...routes].sort());
  expect(new Set(urls.map((u) => u.origin)).size).toBe(1);
});

test("each sitemap entry lists every language version of its page, itself included", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  expect(entries.length).toBe(routes.length);
  for (const entry of entries) {
    const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(entry)![1]!).pathname;
    const alternates = Object.fromEntries(
      [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
        m[1],
        new URL(m[2]!).pathname,
      ]),
    );
    const english = loc === "/es" ? "/" : loc.replace(/^\/es\//, "/");
    const spanish = english === "/" ? "/es" : `/es${english}`;
    expect(alternates, loc).toEqual({ en: english, es: spanish, "x-default": english });
  }
});

test("robots.txt names the sitemap", async ({ request }) => {
  const [first] = await sitemapUrls(request);
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain(`Sitemap: ${first!.origin}/sitemap.xml`);
});

for (const address of ["/no-such-page", "/es/no-existe"]) {
  test(`an unknown address (${address}) answers 404 in both languages, with the phone line and the main pages`, async ({
    page,
  }) => {
    const response = await page.goto(address);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/could not find/i);
    const spanish = page.locator('section[lang="es"]');
    await expect(spanish.getByRole("heading", { level: 2 })).toHaveText(/No encontramos/);
    await expect(page.getByRole("main").locator('a[href^="tel:"]').first()).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Request a call" })).toBeVisible();
    await expect(spanish.getByRole("link", { name: "Pedir una llamada" })).toHaveAttribute("href", "/es/admissions");
    await expect(spanish.locator('a[href="sms:988"]')).toHaveText(/AYUDA/);
    await expect(page.getByRole("complementary", { name: "Help in a crisis" })).toBeVisible();
  });
}

test("the home page describes the organization in JSON-LD", async ({ page }) => {
  await page.goto("/");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const org = blocks.map((b) => JSON.parse(b)).find((d) => d["@type"] === "MedicalClinic");
  expect(org?.telephone).toBe(program.admissionsPhone.e164);
  expect(org?.address?.length).toBeGreaterThan(0);
  expect(org?.contactPoint?.hoursAvailable?.[0]).toMatchObject({ opens: expect.stringMatching(/^\d\d:\d\d$/) });
});

test("the main menu opens without JavaScript on a phone @no-js", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  const faqLink = nav.getByRole("link", { name: "FAQ" });
  await expect(faqLink).toBeHidden();
  await nav.getByText("Menu").click();
  await expect(faqLink).toBeVisible();
  await faqLink.click();
  await expect(page).toHaveURL(/\/faq$/);
});
