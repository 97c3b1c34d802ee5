import type { Locator, Page } from "@playwright/test";

/** Presses Tab until `target` has focus; throws if it is not reachable within `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable by Tab within ${max} presses: ${target}`);
}
