import type { Lang } from "@/lib/i18n/locales";
import type { BEST_TIMES, CALL_LANGUAGES, FOR_WHOM, INSURANCE, YES_NO } from "./fields";

/**
 * English words for each choice: the English form shows them (lib/callback/copy.ts), and the email to intake
 * always uses them, whatever the language of the page the request came from, because intake reads English.
 */

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

export const CALL_LANGUAGE_LABELS: Record<(typeof CALL_LANGUAGES)[number], string> = {
  en: "English",
  es: "Spanish",
  other: "Another language, with an interpreter",
};

/**
 * The one voicemail rule, word for word the same on the form, on the privacy
 * page and in the email to intake, so no one promises more than the team does.
 * The Spanish form says it in Spanish; intake always reads the English.
 */
export const VOICEMAIL_RULES: Readonly<Record<Lang, string>> = {
  en: "If the answer is no, a voicemail gives only a first name and our phone number. It never names the program or says why we called.",
  es: "Si la respuesta es no, el mensaje de voz solo dice un nombre de pila y nuestro número de teléfono. Nunca dice el nombre del programa ni por qué llamamos.",
};

export const VOICEMAIL_RULE = VOICEMAIL_RULES.en;
