import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { crisisLinesFor } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { callbackCopy, confirmationWords } from "@/lib/callback/copy";
import { callbackMessages } from "@/lib/callback/messages";
import { LIMITS } from "@/lib/callback/fields";
import type { Lang } from "@/lib/i18n/locales";
import { choiceGroup, confirmationReference, fields, fillForm, person } from "../support/callback-page";
import { possibleCallTimeSentences } from "../support/callback-when";
import { receivedMessages, waitForMessages } from "../support/smtp-control";
import { WCAG_TAGS } from "../support/wcag";

async function expectConfirmationDetails(page: Page, lang: Lang = "en") {
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { name: confirmationWords[lang].title })).toBeFocused();
  // The sentence depends on the hour the request arrived (lib/admissions-hours.test.ts covers each case): it is
  // the one for now or for a moment ago, in case an opening or closing time fell while the form was sent.
  const possible = possibleCallTimeSentences(lang);
  const shown = (await main.textContent()) ?? "";
  expect([...possible].filter((sentence) => shown.includes(sentence))).toHaveLength(1);
  await expect(main.getByRole("link", { name: program.admissionsPhone.display }).first()).toHaveAttribute(
    "href",
    `tel:${program.admissionsPhone.e164}`,
  );
  for (const line of crisisLinesFor(lang)) {
    await expect(main.locator(`a[href="${line.href}"]`).first()).toBeVisible();
    if (line.text) await expect(main.locator(`a[href="${line.text.href}"]`).first()).toBeVisible();
  }
}

/** `marker`: the language for the call as the subject names it, "(Spanish)"; none for English. */
async function expectOneEmail(reference: string, name: string, marker = "") {
  const messages = await waitForMessages(reference);
  expect(messages).toHaveLength(1);
  const [mail] = messages;
  expect(mail!.subject).toBe(`Callback request ${reference}${marker}`);
  expect(mail!.subject).not.toContain(name);
  expect(mail!.to).toEqual(["intake@example.org"]);
  expect(mail!.text).toContain(name);
  return mail!;
}

test("a person with JavaScript gets a confirmation and intake gets exactly one email", async ({ page }) => {
  await page.goto("/admissions");
  // Before sending, the page says how soon the call comes, from content/program.ts.
  await expect(page.getByRole("main")).toContainText(`We call you back within ${program.callbackWithin.en}`);
  const who = person({
    email: "caller@example.com",
    forWhom: "loved-one",
    relationship: "Mother",
    bestTime: "evening",
    insurance: "tricare",
    message: "Line one\nLine two <b>not bold</b>",
  });
  await fillForm(page, who);
  const navigations: string[] = [];
  page.on("framenavigated", (frame) => navigations.push(frame.url()));
  await fields(page).submit.click();
  const reference = await confirmationReference(page);
  expect(navigations, "no full page load").toEqual([]);
  await expectConfirmationDetails(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  const mail = await expectOneEmail(reference, who.name);
  expect(mail.replyTo).toBe("caller@example.com");
  expect(mail.text).toMatch(/^VOICEMAIL: NO\b/m);
  expect(mail.text).toContain("(555) 555-0188 (+15555550188)");
  expect(mail.text).toContain("Caller's relationship: Mother");
  expect(mail.html).toContain("&lt;b&gt;not bold&lt;/b&gt;");
  // Still one after the worker has had time to run again.
  await page.waitForTimeout(1_000);
  expect(await waitForMessages(reference)).toHaveLength(1);
});

test("a double submit sends one email", async ({ page }) => {
  await page.goto("/admissions");
  const who = person();
  await fillForm(page, who);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  // Two submits in the same tick, before the button can be disabled.
  await page.locator("form").evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  const reference = await confirmationReference(page);
  await expectOneEmail(reference, who.name);
  await page.waitForTimeout(1_500);
  expect(posts, "both submits reached the server").toHaveLength(2);
  expect((await receivedMessages()).filter((m) => m.text.includes(who.name))).toHaveLength(1);
});

test("a person without JavaScript gets a confirmation and intake gets exactly one email @no-js", async ({ page }) => {
  await page.goto("/admissions");
  const who = person({ voicemailOk: "yes" });
  await fillForm(page, who);
  await fields(page).submit.click();
  const reference = await confirmationReference(page);
  await expectConfirmationDetails(page);
  const mail = await expectOneEmail(reference, who.name);
  expect(mail.replyTo).toBeUndefined();
  expect(mail.text).toMatch(/^VOICEMAIL: YES\b/m);
});

for (const js of [true, false]) {
  test(`an empty submit shows the error summary with focus${js ? "" : " @no-js"}`, async ({ page }) => {
    await page.goto("/admissions");
    await fields(page).submit.click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    const links = summary.getByRole("link");
    await expect(links).toHaveText([
      "Enter your name",
      "Enter your phone number",
      "Select who the call is about",
      "Select yes or no for leaving a voicemail",
      "Check the box to agree that we may contact you",
    ]);
    await expect(links.first()).toHaveAttribute("href", "#callback-name");
    const name = fields(page).name;
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription(/Error: Enter your name/);
    await expect(page.getByRole("group", { name: /Who is the call about/ })).toHaveAttribute("aria-invalid", "true");
    // axe runs as a script in the page, so only where JavaScript is on.
    if (js) {
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    }
  });
}

/** Scripts the page asks for from now on. */
function scriptsRequested(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") urls.push(r.url());
  });
  return urls;
}

test("with JavaScript, the field checks load when the form is first used, not with the page", async ({ page }) => {
  await page.goto("/admissions", { waitUntil: "networkidle" });
  const later = scriptsRequested(page);
  await page.waitForTimeout(500);
  expect(later, "nothing more loads while the person only reads").toEqual([]);
  await fields(page).name.focus();
  await expect.poll(() => later.length).toBeGreaterThan(0);
  await fields(page).submit.click();
  await expect(page.getByText("Error: Enter your phone number")).toBeVisible();
  await expect(fields(page).name).toHaveAttribute("aria-invalid", "true");
});

test("with JavaScript, if the field checks cannot load, the server checks the form instead", async ({ page }) => {
  await page.goto("/admissions", { waitUntil: "networkidle" });
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.route("**/_next/static/**", (route) => route.abort("internetdisconnected"));
  await fields(page).submit.click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link")).toHaveText([
    "Enter your name",
    "Enter your phone number",
    "Select who the call is about",
    "Select yes or no for leaving a voicemail",
    "Check the box to agree that we may contact you",
  ]);
  expect(posts, "the answers came from the server action").toHaveLength(1);
});

test("the error summary links move focus to the field", async ({ page }) => {
  await page.goto("/admissions");
  await fields(page).submit.click();
  await page.getByRole("link", { name: "Enter your phone number" }).click();
  await expect(fields(page).phone).toBeFocused();
});

test("with JavaScript, errors update as the person types after the first submit", async ({ page }) => {
  await page.goto("/admissions");
  await fields(page).submit.click();
  await expect(page.getByText("Error: Enter your name")).toBeVisible();
  await fields(page).name.fill("Ana");
  await expect(page.getByText("Error: Enter your name")).toBeHidden();
  await fields(page).phone.fill("555-CALL-NOW");
  await expect(page.getByText(/Error: Enter the phone number using digits only/)).toBeVisible();
});

test("nothing typed is lost when the server returns errors @no-js", async ({ page }) => {
  await page.goto("/admissions");
  const who = person({ phone: "555-555-01", email: "a@example.com", relationship: "Brother", forWhom: "loved-one" });
  await fillForm(page, { ...who, message: "Please call after 6." });
  await fields(page).submit.click();
  await expect(page.getByRole("alert").getByRole("link", { name: /10-digit US phone number/ })).toBeVisible();
  const f = fields(page);
  await expect(f.name).toHaveValue(who.name);
  await expect(f.phone).toHaveValue("555-555-01");
  await expect(f.email).toHaveValue("a@example.com");
  await expect(f.relationship).toHaveValue("Brother");
  await expect(f.message).toHaveValue("Please call after 6.");
  await expect(f.consent).toBeChecked();
  await expect(page.getByRole("radio", { name: "Someone I care about" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "No, do not name the program" })).toBeChecked();
});

/** The fields a browser without JavaScript would post, React's action ids included. */
async function noJsFormFields(page: Page): Promise<Record<string, string>> {
  await page.goto("/admissions");
  await fillForm(page, person());
  return page.locator("form").evaluate((form: HTMLFormElement) => {
    const out: Record<string, string> = {};
    // A loop, not forEach: with JavaScript off, Playwright cannot call back into the page.
    for (const [key, value] of new FormData(form)) out[key] = String(value);
    return out;
  });
}

test.describe("posts made outside the page @no-js", () => {
  test("a replayed submission sends one email and answers with the same reference", async ({
    page,
    request,
    baseURL,
  }) => {
    const form = await noJsFormFields(page);
    const post = () => request.post("/admissions", { multipart: form, headers: { Origin: baseURL! } });
    const [first, second] = await Promise.all([post(), post()]);
    const third = await post();
    const refs = await Promise.all(
      [first, second, third].map(async (r) => {
        expect(r.status()).toBe(200);
        return /reference is\s*(?:<[^>]+>)*([A-Z0-9]{6,})/.exec(await r.text())?.[1];
      }),
    );
    expect(refs[0]).toBeTruthy();
    expect(new Set(refs).size).toBe(1);
    await waitForMessages(refs[0]!);
    await page.waitForTimeout(1_000);
    expect(await waitForMessages(refs[0]!)).toHaveLength(1);
  });

  test("a post with no Origin is refused by the action and sends nothing", async ({ page, request }) => {
    const form = await noJsFormFields(page);
    const response = await request.post("/admissions", { multipart: form });
    expect(response.status()).toBe(403);
    const html = await response.text();
    expect(html).toContain("We could not accept the form from this page");
    expect(html).not.toMatch(/reference is/i);
    await page.waitForTimeout(500);
    expect((await receivedMessages()).filter((m) => m.text.includes(form.name!))).toHaveLength(0);
  });

  test("a post with a foreign Origin is refused and sends nothing", async ({ page, request }) => {
    const form = await noJsFormFields(page);
    // Next.js itself rejects it before the action runs; the action would refuse it too (unit-tested).
    const response = await request.post("/admissions", {
      multipart: form,
      headers: { Origin: "https://attacker.example" },
    });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toMatch(/reference is/i);
    await page.waitForTimeout(500);
    expect((await receivedMessages()).filter((m) => m.text.includes(form.name!))).toHaveLength(0);
  });

  test("a field over its limit gets a clear message, not an error page", async ({ page, request, baseURL }) => {
    const form = await noJsFormFields(page);
    const response = await request.post("/admissions", {
      multipart: { ...form, message: "x".repeat(LIMITS.message + 500), name: "n".repeat(LIMITS.name + 1) },
      headers: { Origin: baseURL! },
    });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("Message must be 1,500 characters or fewer");
    expect(html).toContain("Name must be 100 characters or fewer");
  });
});

test("the honeypot answers like success and sends nothing", async ({ page }) => {
  await page.goto("/admissions");
  const who = person();
  await fillForm(page, who);
  await page.locator('input[name="website"]').fill("https://spam.example", { force: true });
  await fields(page).submit.click();
  const reference = await confirmationReference(page);
  await page.waitForTimeout(1_500);
  expect(await waitForMessages(reference, 0)).toHaveLength(0);
  expect((await receivedMessages()).filter((m) => m.text.includes(who.name))).toHaveLength(0);
});

test("the honeypot is out of sight and out of the tab order", async ({ page }) => {
  await page.goto("/admissions");
  const trap = page.locator('input[name="website"]');
  await expect(trap).toHaveAttribute("tabindex", "-1");
  await expect(trap).not.toBeInViewport();
  await expect(page.getByRole("textbox", { name: "Website" })).toHaveCount(0);
});

/* The Spanish form, /es/admissions: the same form and server action, every word in Spanish, and intake still gets
   English with the language for the call marked. */

for (const js of [true, false]) {
  const tag = js ? "" : " @no-js";

  for (const [route, lang] of [
    ["/admissions", "en"],
    ["/es/admissions", "es"],
  ] as const) {
    test(`${route}: the language for the call is preset to the page's language${tag}`, async ({ page }) => {
      await page.goto(route);
      const options = callbackCopy[lang].callLanguage.options;
      const group = choiceGroup(page, "callLanguage", lang);
      await expect(group.getByRole("radio", { name: options[lang], exact: true })).toBeChecked();
      await expect(group.getByRole("radio")).toHaveCount(3);
      await expect(page.locator('form input[type="hidden"][name="lang"]')).toHaveValue(lang);
    });
  }

  test(`/es/admissions: an empty send says "Hay un problema" in Spanish, with focus on the summary${tag}`, async ({
    page,
  }) => {
    await page.goto("/es/admissions");
    await fields(page, "es").submit.click();
    const summary = page.getByRole("alert").filter({ hasText: "Hay un problema" });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    const m = callbackMessages.es;
    await expect(summary.getByRole("link")).toHaveText([
      m.name.missing,
      m.phone.missing,
      m.forWhom,
      m.voicemailOk,
      m.consent,
    ]);
    await expect(fields(page, "es").name).toHaveAccessibleDescription(/Error: Escriba su nombre/);
    await expect(choiceGroup(page, "forWhom", "es")).toHaveAttribute("aria-invalid", "true");
    // Nothing of the English form, its answers or its messages, in the Spanish one.
    const shown = await page.locator("form").innerText();
    expect(englishFormWords().filter((words) => shown.includes(words))).toEqual([]);
    if (js) {
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    }
  });

  test(`/es/admissions: a valid send gets the Spanish confirmation, and intake one email marked Spanish${tag}`, async ({
    page,
  }) => {
    await page.goto("/es/admissions");
    const who = person({
      forWhom: "loved-one",
      relationship: "Madre",
      bestTime: "evening",
      insurance: "medicaid",
      message: js ? "Mi hijo tiene 19 años. ¿Hay grupos en la tarde?" : undefined,
    });
    await fillForm(page, who, "es");
    const navigations: string[] = [];
    page.on("framenavigated", (frame) => navigations.push(frame.url()));
    await fields(page, "es").submit.click();
    const reference = await confirmationReference(page, "es");
    if (js) expect(navigations, "no full page load").toEqual([]);
    await expectConfirmationDetails(page, "es");

    const mail = await expectOneEmail(reference, who.name, " (Spanish)");
    expect(mail.text).toMatch(
      /^VOICEMAIL: NO\b.*\nLANGUAGE: SPANISH\. Call in Spanish, or with a qualified interpreter\. Sent from the Spanish pages\.$/m,
    );
    expect(mail.text).toContain("Preferred language: Spanish");
    // Intake reads English: the choices in its words, not the form's.
    expect(mail.text).toContain("Call is about: Someone the caller cares about");
    expect(mail.text).toContain("Best time: Evening");
    expect(mail.text).toContain("Caller's relationship: Madre");
    if (js) expect(mail.html).toContain('lang="es">Mi hijo tiene 19 años. ¿Hay grupos en la tarde?</p>');
  });
}

test("/es/admissions: another language, named, asks intake for an interpreter @no-js", async ({ page }) => {
  await page.goto("/es/admissions");
  const who = person({ callLanguage: "other", callLanguageOther: "Tagalog" });
  await fillForm(page, who, "es");
  await fields(page, "es").submit.click();
  const reference = await confirmationReference(page, "es");
  const mail = await expectOneEmail(reference, who.name, " (another language)");
  expect(mail.text).toContain(
    "LANGUAGE: ANOTHER LANGUAGE (Tagalog). Book a qualified interpreter before calling. Sent from the Spanish pages.",
  );
  expect(mail.text).toContain("Preferred language: Another language: Tagalog, with an interpreter");
});

test("/es/admissions: with JavaScript, the field checks answer in Spanish as the person types", async ({ page }) => {
  await page.goto("/es/admissions");
  await fields(page, "es").submit.click();
  await expect(page.getByText("Error: Escriba su nombre")).toBeVisible();
  await fields(page, "es").name.fill("Ana");
  await expect(page.getByText("Error: Escriba su nombre")).toBeHidden();
  await fields(page, "es").phone.fill("555-LLAME-YA");
  await expect(page.getByText(`Error: ${callbackMessages.es.phone.problems.letters}`)).toBeVisible();
});

/** Every word of the English form (labels, hints, options, button) and every English message, but those both share. */
function englishFormWords(): string[] {
  const collect = (value: unknown, into: Set<string>): Set<string> => {
    if (typeof value === "string") into.add(value);
    else if (typeof value === "function") into.add((value as (max: string) => string)("0"));
    else if (value && typeof value === "object") Object.values(value).forEach((v) => collect(v, into));
    return into;
  };
  const spanish = collect([callbackCopy.es, callbackMessages.es], new Set());
  return [...collect([callbackCopy.en, callbackMessages.en], new Set())].filter(
    (words) => words.length >= 4 && !spanish.has(words),
  );
}
