import { expect, test } from "@playwright/test";
import { careLevels } from "@/content/care-levels";
import { faqs } from "@/content/faqs";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { services } from "@/content/services";
import { formatClock, formatHours } from "@/lib/i18n/format";
import { hoursPerWeek } from "@/lib/schedule";

/** The key facts of each data-driven page, checked in the built site against the data they come from. */

test("the schedule shows the evening block, each location's mornings and hours computed from them", async ({
  page,
}) => {
  await page.goto("/schedule");
  const main = page.getByRole("main");
  await expect(main).toContainText(formatClock("en", schedule.eveningBlock.start));
  await expect(main).toContainText(formatClock("en", schedule.eveningBlock.end));
  for (const location of program.locations) {
    await expect(main).toContainText(location.name);
    await expect(main).toContainText(formatClock("en", location.morningBlock.start));
  }
  await expect(main).toContainText(formatHours("en", hoursPerWeek(schedule.eveningBlock)));
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

test("the FAQ page shows every question with its id, and no FAQPage JSON-LD (it would send each answer twice more)", async ({
  page,
}) => {
  await page.goto("/faq");
  expect(faqs.length).toBeGreaterThanOrEqual(12);
  for (const faq of faqs) {
    await expect(page.locator(`[id="${faq.id}"]`)).toContainText(faq.question);
  }
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.map((b) => JSON.parse(b)["@type"])).not.toContain("FAQPage");
});

test("the crisis strip lists only crisis lines; the SAMHSA helpline is offered where people look for treatment", async ({
  page,
}) => {
  await page.goto("/");
  const strip = page.getByRole("complementary", { name: "Help in a crisis" });
  await expect(strip.getByRole("link", { name: "Call 911" })).toBeVisible();
  await expect(strip.getByRole("link", { name: /988/ }).first()).toBeVisible();
  await expect(strip).not.toContainText("SAMHSA");
  await page.goto("/for-families");
  await expect(page.getByRole("main")).toContainText("It gives information and referrals, not counseling.");
});

test("the home page opens with the basics at a glance, from the program data", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  const glance = page.getByRole("region", { name: "At a glance" });
  await expect(glance).toBeInViewport();
  await expect(glance).toContainText(`Planned for ${program.programLengthWeeks} weeks`);
  await expect(glance.getByRole("link", { name: program.admissionsPhone.display })).toBeVisible();
});

test("medicine and overdose safety: the service, the FAQ and the pages that talk about detox", async ({ page }) => {
  await page.goto("/services#medicine");
  await expect(page.locator("#medicine")).toContainText("methadone");
  await page.goto("/faq#medicine");
  await expect(page.locator("#medicine")).toContainText("Can I come if I take buprenorphine or methadone?");
  await expect(page.locator("#what-if-i-use")).toContainText("without a prescription");
  for (const route of ["/what-is-iop", "/is-iop-right-for-me"]) {
    await page.goto(route);
    await expect(page.getByRole("main")).toContainText("benzodiazepines");
    await expect(page.getByRole("main")).toContainText(
      "Stopping opioids without medicine makes an overdose more likely",
    );
  }
  await page.goto("/for-families");
  await expect(page.getByRole("main")).toContainText("The amount you used before can now cause an overdose.");
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
