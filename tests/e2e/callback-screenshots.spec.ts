import { test } from "@playwright/test";
import { callbackCopy } from "@/lib/callback/copy";
import { confirmationReference, fields, fillForm, person } from "../support/callback-page";

/**
 * Pictures of the form at 375 px for a person to look at (tests/screenshots/,
 * not committed): empty, with errors, and confirmed. They assert nothing the
 * other specs do not; they exist so the layout gets seen.
 */
for (const [route, lang, suffix] of [
  ["/admissions", "en", ""],
  ["/es/admissions", "es", "-es"],
] as const) {
  test(`screenshots of ${route}: the form, its errors and its confirmation at 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(route);
    const form = page.locator("form").filter({ has: fields(page, lang).submit });
    await form.screenshot({ path: `tests/screenshots/callback-form${suffix}-375.png` });
    await fields(page, lang).phone.fill("555-01");
    await fields(page, lang).submit.click();
    await page.getByRole("heading", { name: callbackCopy[lang].problem }).waitFor();
    await page.screenshot({ path: `tests/screenshots/callback-errors${suffix}-375.png` });
    await form.screenshot({ path: `tests/screenshots/callback-errors-form${suffix}-375.png` });
    await fillForm(page, person(), lang);
    await fields(page, lang).submit.click();
    await confirmationReference(page, lang);
    await page.screenshot({ path: `tests/screenshots/callback-confirmation${suffix}-375.png` });
  });
}
