import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { routes } from "../support/routes";
import { WCAG_TAGS } from "../support/wcag";

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
      // A wide table may scroll inside its own box, but its caption must still be readable without scrolling.
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll("caption")].flatMap((caption) => {
          const box = caption.closest("[role=region]")?.getBoundingClientRect();
          const parts = [...caption.children].map((child) => child.getBoundingClientRect());
          return box && parts.some((part) => part.right > box.right + 1) ? [caption.textContent!.slice(0, 40)] : [];
        }),
      );
      wide.push(...hidden.map((caption) => `${route}: caption "${caption}" runs past its scrolling box`));
    }
    expect(wide).toEqual([]);
  });
}

// axe reads colors as they are at rest; hover and focus change backgrounds and text, so check those states too:
// the shared header, crisis strip and footer once (on /), and on every page the controls in its main content,
// one of each look (tag, classes and the background behind it).
const contrastTargets = [{ route: "/", region: "body" }, ...routes.map((route) => ({ route, region: "main" }))];
for (const { route, region } of contrastTargets) {
  test(`text keeps its contrast on hover and on keyboard focus in ${region} on ${route}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(route);
    const count = await page.locator(region).evaluate((root) => {
      const background = (el: Element | null): string => {
        for (; el; el = el.parentElement) {
          const color = getComputedStyle(el).backgroundColor;
          if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
        }
        return "white";
      };
      const looks = new Set<string>();
      for (const el of root.querySelectorAll<HTMLElement>("a[href], button, summary")) {
        if (!el.checkVisibility()) continue;
        const look = `${el.tagName}|${el.className}|${background(el.parentElement)}`;
        if (looks.has(look)) continue;
        el.setAttribute("data-contrast-check", String(looks.size));
        looks.add(look);
      }
      return looks.size;
    });
    const failures: string[] = [];
    for (let i = 0; i < count; i++) {
      const control = page.locator(`[data-contrast-check="${i}"]`);
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
        const { violations } = await new AxeBuilder({ page }).include(region).withRules(["color-contrast"]).analyze();
        for (const v of violations)
          failures.push(`${state} #${i}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
}

// Every control a person can see is reached by Tab, in one pass through the page, and shows a focus ring.
for (const width of [375, 1280]) {
  test(`every visible control on every page is reached by Tab and visibly focused at ${width}px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    for (const route of routes) {
      await page.goto(route);
      const expected = await page.evaluate(() => {
        const focusable = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';
        const all = [...document.querySelectorAll<HTMLElement>(focusable)].filter(
          (el) => el.tabIndex >= 0 && !(el as HTMLInputElement).disabled && el.checkVisibility(),
        );
        // Tab stops once per radio group (arrow keys move within it), on its checked radio, else its first.
        const isRadio = (el: HTMLElement): el is HTMLInputElement =>
          el instanceof HTMLInputElement && el.type === "radio";
        const checked = new Map(
          all
            .filter(isRadio)
            .filter((r) => r.checked)
            .map((r) => [r.name, r]),
        );
        const groups = new Set<string>();
        const stops = all.filter((el) => {
          if (!isRadio(el)) return true;
          const stop = checked.get(el.name);
          if (stop) return stop === el;
          if (groups.has(el.name)) return false;
          groups.add(el.name);
          return true;
        });
        // The skip link is 1 px until focused; everything else must be on screen to count.
        const shown = stops.filter((el) => el.matches('a[href="#main-content"]') || el.offsetWidth > 1);
        shown.forEach((el, i) => el.setAttribute("data-tab-check", String(i)));
        return shown.length;
      });
      const reached = new Set<string>();
      for (let i = 0; i < expected + 10; i++) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          return {
            id: el.getAttribute("data-tab-check") ?? `unlisted ${el.tagName.toLowerCase()}`,
            ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
            text: (el.textContent || el.getAttribute("aria-label") || el.getAttribute("name") || "")
              .trim()
              .slice(0, 40),
          };
        });
        if (!stop) break;
        if (reached.has(stop.id)) break; // wrapped around
        reached.add(stop.id);
        if (!stop.ring) problems.push(`${route}: no focus ring on "${stop.text}"`);
      }
      const missed = await page.evaluate(
        (ids) =>
          [...document.querySelectorAll<HTMLElement>("[data-tab-check]")]
            .filter((el) => !ids.includes(el.getAttribute("data-tab-check")!))
            .map((el) => (el.textContent || el.getAttribute("name") || el.tagName).trim().slice(0, 40)),
        [...reached],
      );
      if (missed.length) problems.push(`${route}: not reached by Tab: ${missed.join(" | ")}`);
    }
    expect(problems).toEqual([]);
  });
}

test("every page has the landmarks, heading order, tables and labels a screen reader relies on", async ({ page }) => {
  const problems: string[] = [];
  for (const route of routes) {
    await page.goto(route);
    const found = await page.evaluate(() => {
      const issues: string[] = [];
      const count = (selector: string) => document.querySelectorAll(selector).length;
      if (count("header") < 1) issues.push("no header (banner)");
      if (count("main") !== 1) issues.push(`${count("main")} main landmarks`);
      if (count("footer") < 1) issues.push("no footer (contentinfo)");
      if (count("nav") < 1) issues.push("no nav");
      let previous = 0;
      for (const h of document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")) {
        const level = Number(h.tagName[1]);
        if (previous && level > previous + 1)
          issues.push(`heading skips from h${previous} to h${level}: "${h.textContent}"`);
        previous = level;
      }
      for (const table of document.querySelectorAll("table")) {
        if (!table.querySelector("caption")?.textContent?.trim()) issues.push("a table without a caption");
        for (const th of table.querySelectorAll("th")) {
          if (!th.getAttribute("scope")) issues.push(`a table header without scope: "${th.textContent}"`);
        }
      }
      for (const field of document.querySelectorAll<HTMLElement>("input:not([type=hidden]), select, textarea")) {
        const labelled = (field as HTMLInputElement).labels?.length || field.getAttribute("aria-label");
        if (!labelled) issues.push(`a field without a label: ${field.getAttribute("name")}`);
        for (const id of (field.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) issues.push(`${field.getAttribute("name")} is described by missing #${id}`);
        }
      }
      return issues;
    });
    problems.push(...found.map((issue) => `${route}: ${issue}`));
  }
  expect(problems).toEqual([]);
});
