import { expect, test } from "@playwright/test";
import { careLevels } from "@/content/care-levels";
import { faqs } from "@/content/faqs";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { services } from "@/content/services";
import { formatClock, formatHours } from "@/lib/format";
import { hoursPerWeek } from "@/lib/schedule";

/** The key facts of each data-driven page, checked in the built site against the data they come from. */

test("the schedule shows the evening block, each location's mornings and hours computed from them", async ({
  page,
}) => {
  await page.goto("/schedule");
  const main = page.getByRole("main");
  await expect(main).toContainText(formatClock(schedule.eveningBlock.start));
  await expect(main).toContainText(formatClock(schedule.eveningBlock.end));
  for (const location of program.locations) {
    await expect(main).toContainText(location.name);
    await expect(main).toContainText(formatClock(location.morningBlock.start));
  }
  await expect(main).toContainText(formatHours(hoursPerWeek(schedule.eveningBlock)));
  const calendar = main.locator('a[href="/evening-sessions.ics"]');
  await expect(calendar).toBeVisible();
  const ics = await (await page.request.get("/evening-sessions.ics")).text();
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain("RRULE:FREQ=WEEKLY");
});

test("the services page lists every service, each linkable by a unique id", async ({ page }) => {
  await page.goto("/services");
  const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  for (const service of services) {
    await expect(page.locator(`[id="${service.id}"]`)).toContainText(service.name);
  }
});

test("the FAQ page shows every question with its id and matching FAQPage JSON-LD", async ({ page }) => {
  await page.goto("/faq");
  expect(faqs.length).toBeGreaterThanOrEqual(12);
  for (const faq of faqs) {
    await expect(page.locator(`[id="${faq.id}"]`)).toContainText(faq.question);
  }
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const faqPage = blocks.map((b) => JSON.parse(b)).find((d) => d["@type"] === "FAQPage");
  expect(faqPage.mainEntity.map((q: { name: string }) => q.name)).toEqual(faqs.map((f) => f.question));
  for (const q of faqPage.mainEntity) expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
});

test("the compare table has a caption, a scoped column per level and a scoped row per factor", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/compare");
  const table = page.getByRole("table");
  await expect(table.locator("caption")).toHaveText(/\S/);
  for (const level of careLevels.levels) {
    await expect(table.locator('thead th[scope="col"]').filter({ hasText: level.name })).toHaveCount(1);
  }
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(careLevels.factors.length);
});
