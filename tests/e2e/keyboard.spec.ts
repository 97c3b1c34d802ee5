import { expect, test } from "@playwright/test";
import { FOR_WHOM_LABELS, VOICEMAIL_LABELS } from "@/lib/callback/labels";
import { selfCheck } from "@/content/self-check";
import { confirmationReference, fields, person } from "../support/callback-page";
import { tabTo } from "../support/keyboard";
import { waitForMessages } from "../support/smtp-control";

/**
 * Everything a person can do, done with the keyboard alone: Tab to reach a
 * control, Enter or Space to use it, typing to fill it. No clicks, no
 * locator.fill() or check(). Menu, FAQ and form run with and without
 * JavaScript; the self-check summary needs JavaScript by design.
 */

for (const tag of ["", " @no-js"]) {
  test(`the phone menu opens and is followed by keyboard alone${tag}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "Main" }).locator("summary");
    await tabTo(page, menu);
    await page.keyboard.press("Enter");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links.first()).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(links.first()).toBeFocused();
    const href = await links.first().getAttribute("href");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test(`an FAQ question link takes keyboard focus to its answer${tag}`, async ({ page }) => {
    await page.goto("/faq");
    const question = page
      .getByRole("navigation", { name: /questions/i })
      .getByRole("link")
      .nth(1);
    await tabTo(page, question);
    const href = (await question.getAttribute("href"))!;
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const answer = page.locator(href);
    await expect(answer).toBeInViewport();
    // The next Tab starts from the answer, not from the question list.
    await page.keyboard.press("Tab");
    const focusedSection = await page.evaluate(() => document.activeElement?.closest("section")?.id);
    expect(focusedSection).toBe(href.slice(1));
  });

  test(`the callback form is filled and sent by keyboard alone${tag}`, async ({ page }) => {
    await page.goto("/admissions");
    const f = fields(page);
    const who = person();

    await tabTo(page, f.name);
    await page.keyboard.type(who.name);
    await page.keyboard.press("Tab");
    await expect(f.phone).toBeFocused();
    await page.keyboard.type(who.phone);

    // Tab enters a radio group on its first option; Space selects it. Arrow keys move within the group.
    const me = page.getByRole("radio", { name: FOR_WHOM_LABELS.self, exact: true });
    await tabTo(page, me);
    await page.keyboard.press("Space");
    await expect(me).toBeChecked();

    const voicemail = page.getByRole("group", { name: /voicemail/ });
    await tabTo(page, voicemail.getByRole("radio").first());
    await page.keyboard.press("ArrowDown");
    await expect(voicemail.getByRole("radio", { name: VOICEMAIL_LABELS.no })).toBeChecked();

    await tabTo(page, f.consent);
    await page.keyboard.press("Space");
    await expect(f.consent).toBeChecked();

    await tabTo(page, f.submit);
    await page.keyboard.press("Enter");
    const reference = await confirmationReference(page);
    expect(await waitForMessages(reference)).toHaveLength(1);
  });
}

test("the self-check summary is reached and read by keyboard alone", async ({ page }) => {
  await page.goto("/is-iop-right-for-me");
  const first = page.getByRole("checkbox", { name: selfCheck.items[0]!.statement });
  await tabTo(page, first);
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();

  await tabTo(page, page.getByRole("button", { name: "Show my summary" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your summary" })).toBeFocused();
  await expect(page.getByRole("main")).toContainText(selfCheck.items[0]!.ifTrue);
});

// The site has no animation or transition of its own; this keeps it so, and checks that the
// reduced-motion rule in app/globals.css (which would cut any that came in) is in force.
test("with reduced motion asked for, nothing moves and scrolling jumps", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.setViewportSize({ width: 375, height: 800 });
  for (const route of ["/", "/faq", "/admissions"]) {
    await page.goto(route);
    const summary = page.getByRole("navigation", { name: "Main" }).locator("summary");
    await summary.click();
    await summary.hover();
    const motion = await page.evaluate(() => {
      const longest = (values: string) =>
        Math.max(...values.split(",").map((v) => parseFloat(v) * (v.includes("ms") ? 1 : 1000)));
      const moving = [...document.querySelectorAll<HTMLElement>("body *")].filter((el) => {
        const style = getComputedStyle(el);
        return longest(style.transitionDuration) > 1 || longest(style.animationDuration) > 1;
      });
      return {
        animations: document.getAnimations().length,
        moving: moving.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80)),
        scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
        reducedMotionRule: getComputedStyle(document.querySelector("a")!).transitionDuration !== "0s",
      };
    });
    expect(motion, route).toEqual({ animations: 0, moving: [], scrollBehavior: "auto", reducedMotionRule: true });
  }
  await context.close();
});
