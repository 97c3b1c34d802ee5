import { expect, type Page } from "@playwright/test";
import { callbackCopy, confirmationWords } from "@/lib/callback/copy";
import type { BEST_TIMES, CALL_LANGUAGES, FOR_WHOM, INSURANCE, YES_NO } from "@/lib/callback/fields";
import type { Lang } from "@/lib/i18n/locales";

/** Fills and reads the callback form the way a person would: by label, in the page's language. */

export type Person = {
  name: string;
  phone: string;
  email?: string;
  callLanguage?: (typeof CALL_LANGUAGES)[number];
  callLanguageOther?: string;
  forWhom: (typeof FOR_WHOM)[number];
  relationship?: string;
  bestTime?: (typeof BEST_TIMES)[number];
  insurance?: (typeof INSURANCE)[number];
  voicemailOk: (typeof YES_NO)[number];
  message?: string;
};

/** The start of a label, as a pattern: optional fields end in "(optional)", which the tests need not spell. */
const labelled = (label: string) =>
  new RegExp(`^${label.replace(/ \((optional|opcional)\)$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

export const fields = (page: Page, lang: Lang = "en") => {
  const copy = callbackCopy[lang];
  return {
    name: page.getByRole("textbox", { name: copy.name.label, exact: true }),
    phone: page.getByRole("textbox", { name: copy.phone.label, exact: true }),
    callLanguageOther: page.getByRole("textbox", { name: labelled(copy.callLanguageOther.label) }),
    email: page.getByRole("textbox", { name: labelled(copy.email.label) }),
    relationship: page.getByRole("textbox", { name: labelled(copy.relationship.label) }),
    message: page.getByRole("textbox", { name: labelled(copy.message.label) }),
    consent: page.getByRole("checkbox", { name: labelled(copy.consent.label) }),
    submit: page.getByRole("button", { name: copy.submit }),
  };
};

/** A question answered by choosing one option, found by its legend. */
export const choiceGroup = (
  page: Page,
  name: "callLanguage" | "forWhom" | "voicemailOk" | "bestTime" | "insurance",
  lang: Lang = "en",
) => page.getByRole("group", { name: labelled(callbackCopy[lang][name].label) });

export async function fillForm(page: Page, person: Person, lang: Lang = "en") {
  const f = fields(page, lang);
  const copy = callbackCopy[lang];
  const choose = async <K extends "callLanguage" | "forWhom" | "voicemailOk" | "bestTime" | "insurance">(
    name: K,
    value: keyof (typeof copy)[K]["options"],
  ) => {
    const options = copy[name].options as Record<typeof value, string>;
    await choiceGroup(page, name, lang).getByRole("radio", { name: options[value], exact: true }).check();
  };
  await f.name.fill(person.name);
  await f.phone.fill(person.phone);
  if (person.callLanguage) await choose("callLanguage", person.callLanguage);
  if (person.callLanguageOther) await f.callLanguageOther.fill(person.callLanguageOther);
  if (person.email) await f.email.fill(person.email);
  await choose("forWhom", person.forWhom);
  if (person.relationship) await f.relationship.fill(person.relationship);
  await choose("voicemailOk", person.voicemailOk);
  if (person.bestTime) await choose("bestTime", person.bestTime);
  if (person.insurance) await choose("insurance", person.insurance);
  if (person.message) await f.message.fill(person.message);
  await f.consent.check();
}

/** Waits for the confirmation and returns the reference it shows. */
export async function confirmationReference(page: Page, lang: Lang = "en"): Promise<string> {
  const words = confirmationWords[lang];
  const heading = page.getByRole("heading", { name: words.title });
  await expect(heading).toBeVisible({ timeout: 15_000 });
  const text = await page.getByRole("main").innerText();
  const reference = new RegExp(`${words.referenceIs}\\s+([A-Z0-9]{6,})`, "i").exec(text)?.[1];
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
