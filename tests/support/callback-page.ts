import { expect, type Page } from "@playwright/test";
import { BEST_TIME_LABELS, FOR_WHOM_LABELS, INSURANCE_LABELS, VOICEMAIL_LABELS } from "@/lib/callback/labels";

/** Fills and reads the callback form the way a person would: by label. */

export type Person = {
  name: string;
  phone: string;
  email?: string;
  forWhom: keyof typeof FOR_WHOM_LABELS;
  relationship?: string;
  bestTime?: keyof typeof BEST_TIME_LABELS;
  insurance?: keyof typeof INSURANCE_LABELS;
  voicemailOk: keyof typeof VOICEMAIL_LABELS;
  message?: string;
};

export const fields = (page: Page) => ({
  name: page.getByRole("textbox", { name: "Your name" }),
  phone: page.getByRole("textbox", { name: "Phone number" }),
  email: page.getByRole("textbox", { name: /Email address/ }),
  relationship: page.getByRole("textbox", { name: /how do you know them/ }),
  message: page.getByRole("textbox", { name: /Anything you would like us to know/ }),
  consent: page.getByRole("checkbox", { name: /agree that the admissions team may contact me/ }),
  submit: page.getByRole("button", { name: "Send request" }),
});

const group = (page: Page, legend: RegExp) => page.getByRole("group", { name: legend });

export async function fillForm(page: Page, person: Person) {
  const f = fields(page);
  await f.name.fill(person.name);
  await f.phone.fill(person.phone);
  if (person.email) await f.email.fill(person.email);
  await group(page, /Who is the call about/)
    .getByRole("radio", { name: FOR_WHOM_LABELS[person.forWhom], exact: true })
    .check();
  if (person.relationship) await f.relationship.fill(person.relationship);
  await group(page, /voicemail/)
    .getByRole("radio", { name: VOICEMAIL_LABELS[person.voicemailOk] })
    .check();
  if (person.bestTime)
    await group(page, /best time/)
      .getByRole("radio", { name: BEST_TIME_LABELS[person.bestTime] })
      .check();
  if (person.insurance)
    await group(page, /insurance/)
      .getByRole("radio", { name: INSURANCE_LABELS[person.insurance], exact: true })
      .check();
  if (person.message) await f.message.fill(person.message);
  await f.consent.check();
}

/** Waits for the confirmation and returns the reference it shows. */
export async function confirmationReference(page: Page): Promise<string> {
  const heading = page.getByRole("heading", { name: "Request received" });
  await expect(heading).toBeVisible({ timeout: 15_000 });
  const text = await page.getByRole("main").innerText();
  const reference = /reference is\s+([A-Z0-9]{6,})/i.exec(text)?.[1];
  expect(reference, "the confirmation shows a reference").toBeTruthy();
  return reference!;
}

/** A person with a unique name, so parallel tests can tell their emails apart. */
export function person(overrides: Partial<Person> = {}): Person {
  const tag = Math.random().toString(36).slice(2, 8);
  return {
    name: `Test Person ${tag}`,
    phone: "555.555.0188",
    forWhom: "self",
    voicemailOk: "no",
    ...overrides,
  };
}
