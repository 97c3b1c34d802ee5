import { test } from "@playwright/test";
import { confirmationReference, fields, fillForm, person } from "../support/callback-page";

/**
 * Pictures of the form at 375 px for a person to look at (tests/screenshots/,
 * not committed): empty, with errors, and confirmed. They assert nothing the
 * other specs do not; they exist so the layout gets seen.
 */
test("screenshots of the form, its errors and its confirmation at 375 px", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/admissions");
  const form = page.locator("form").filter({ has: fields(page).submit });
  await form.screenshot({ path: "tests/screenshots/callback-form-375.png" });
  await fields(page).phone.fill("555-01");
  await fields(page).submit.click();
  await page.getByRole("heading", { name: "There is a problem" }).waitFor();
  await page.screenshot({ path: "tests/screenshots/callback-errors-375.png" });
  await form.screenshot({ path: "tests/screenshots/callback-errors-form-375.png" });
  await fillForm(page, person());
  await fields(page).submit.click();
  await confirmationReference(page);
  await page.screenshot({ path: "tests/screenshots/callback-confirmation-375.png" });
});
