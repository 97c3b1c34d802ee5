import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { routes } from "../support/routes";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const width of [375, 1280]) {
  for (const route of routes) {
    test(`axe finds no WCAG 2.2 AA violations on ${route} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(route);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}

// 375 px is a small phone; 640 px is a 1280 px window at 200% zoom; 320 px is WCAG's reflow width (400% zoom).
for (const width of [320, 375, 640]) {
  test(`no page scrolls sideways at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const wide: string[] = [];
    for (const route of routes) {
      await page.goto(route);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) wide.push(`${route}: ${scrollWidth}px`);
    }
    expect(wide).toEqual([]);
  });
}

test("keyboard focus is always visible", async ({ page }) => {
  await page.goto("/");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.outline, `${outline.tag} #${i + 1} has no focus outline`).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

// axe reads colors as they are at rest; hover and focus change backgrounds and text, so check those states too:
// the shared header, crisis strip and footer once, and the controls in the main content of three kinds of page.
for (const { route, region } of [
  { route: "/", region: "body" },
  { route: "/faq", region: "main" },
  { route: "/admissions", region: "main" },
]) {
  test(`text keeps its contrast on hover and on keyboard focus on ${route}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(route);
    const controls = page.locator(region).locator("a:visible, button:visible, summary:visible");
    const count = Math.min(await controls.count(), 14);
    const failures: string[] = [];
    let hovered = 0;
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      for (const state of ["hover", "focus"] as const) {
        if (state === "focus") await control.focus();
        // What a pointer cannot reach (the skip link is 1 px until focused) is checked on focus only.
        else if (
          await control.hover({ timeout: 1_000 }).then(
            () => false,
            () => true,
          )
        )
          continue;
        else hovered += 1;
        const { violations } = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
        for (const v of violations)
          failures.push(`${state} #${i}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    expect(hovered).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });
}
