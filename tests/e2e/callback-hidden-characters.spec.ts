import { expect, test } from "@playwright/test";
import { fields, fillForm, person } from "../support/callback-page";

/**
 * A name that looks fine on screen but carries characters that show as nothing (security review 5f) is refused with
 * the same plain message with JavaScript (the browser checks the shared schema, lib/callback/schema.ts) and without
 * (the server checks it), and nothing is sent.
 */
const HIDDEN = "Name has a hidden character in it that cannot be seen. Please type it again";

for (const js of [true, false]) {
  test(`a name with a zero-width space gets a plain message${js ? "" : " @no-js"}`, async ({ page }) => {
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await page.goto("/admissions");
    await fillForm(page, person({ name: "Jor\u200Bdan Lee" }));
    await fields(page).submit.click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link")).toHaveText([HIDDEN]);
    await expect(fields(page).name).toHaveAccessibleDescription(new RegExp(`Error: ${HIDDEN}`));
    // With JavaScript the browser's check stops it before anything is posted.
    if (js) expect(posts).toEqual([]);
  });
}

test("a name of only Hangul filler, which looks blank, is refused @no-js", async ({ page }) => {
  await page.goto("/admissions");
  await fillForm(page, person({ name: "\u3164" }));
  await fields(page).submit.click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link")).toHaveText([
    HIDDEN,
  ]);
});
