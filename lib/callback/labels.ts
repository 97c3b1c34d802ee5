import type { BEST_TIMES, FOR_WHOM, INSURANCE, YES_NO } from "./fields";

/**
 * The phone number the form and its errors give as an example of what to type, from the range reserved for fiction.
 * Never the program's own number: that changes with content/program.ts, and under "your phone number" it would
 * read as if a person should type ours.
 */
export const EXAMPLE_PHONE = "(555) 555-0199";

/** Words shown for each choice, on the form and in the email to intake alike. */

export const FOR_WHOM_LABELS: Record<(typeof FOR_WHOM)[number], string> = {
  self: "Me",
  "loved-one": "Someone I care about",
};

export const BEST_TIME_LABELS: Record<(typeof BEST_TIMES)[number], string> = {
  morning: "Morning",
  afternoon: "Afternoon",
  evening: "Evening",
  any: "Any time",
};

export const INSURANCE_LABELS: Record<(typeof INSURANCE)[number], string> = {
  private: "Private insurance (through work or bought yourself)",
  medicaid: "Medicaid",
  medicare: "Medicare",
  tricare: "TRICARE",
  none: "No insurance",
  "not-sure": "Not sure",
};

export const VOICEMAIL_LABELS: Record<(typeof YES_NO)[number], string> = {
  yes: "Yes, that is fine",
  no: "No, do not name the program",
};

/**
 * The one voicemail rule, word for word the same on the form, on the privacy
 * page and in the email to intake, so no one promises more than the team does.
 */
export const VOICEMAIL_RULE =
  "If the answer is no, a voicemail gives only a first name and our phone number. It never names the program or says why we called.";
