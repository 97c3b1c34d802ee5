import { parseContent } from "@/lib/content/parse";
import { crisisLineSchema, type CrisisLine, type CrisisLineData } from "@/lib/content/schemas";
import type { Lang } from "@/lib/i18n/locales";

/**
 * Real, national help lines shown on every page. These are not the program's
 * own numbers and a provider adopting the site should not change them. The
 * Spanish words follow each line's own Spanish service (../shared/design/
 * spanish-edition.md §1c): 988 answers in Spanish after "press 2" and takes
 * texts with the word AYUDA; SAMHSA's helpline has a Spanish option. A line
 * without Spanish words is left off the Spanish pages.
 */
const lines = parseContent(
  crisisLineSchema.array(),
  [
    {
      id: "911",
      number: "911",
      href: "tel:911",
      en: {
        name: "Emergency",
        action: "Call 911",
        detail: "If you or someone else is in danger or having a medical emergency.",
      },
      es: {
        name: "Emergencias",
        action: "Llame al 911",
        detail: "Si usted u otra persona está en peligro o tiene una emergencia médica.",
      },
      kind: "crisis",
    },
    {
      id: "988",
      number: "988",
      href: "tel:988",
      // A prefilled message body (sms:988?&body=AYUDA) opens unreliably across phones; the words say what to type.
      textHref: "sms:988",
      en: {
        name: "988 Suicide & Crisis Lifeline",
        action: "Call 988",
        textAction: "text 988",
        detail: "Free, 24/7, for any crisis, including substance use. Chat at 988lifeline.org. Press 2 for Spanish.",
      },
      es: {
        name: "Línea 988 de Prevención del Suicidio y Crisis",
        action: "Llame al 988",
        textAction: "envíe AYUDA al 988",
        detail:
          "Gratis y confidencial, a toda hora, todos los días. También para crisis por consumo de alcohol o drogas. Al llamar, oprima 2 para hablar en español. Chat en español en 988lifeline.org/es.",
      },
      kind: "crisis",
    },
    {
      id: "samhsa",
      number: "1-800-662-4357",
      href: "tel:+18006624357",
      en: {
        name: "SAMHSA National Helpline",
        action: "Call 1-800-662-4357",
        detail:
          "Free, confidential, 24/7 help to find treatment, in English and Spanish. It does not give counseling. TTY (for people who are deaf or hard of hearing): 1-800-487-4889.",
      },
      es: {
        name: "Línea Nacional de Ayuda de SAMHSA",
        action: "Llame al 1-800-662-4357",
        detail:
          "Gratis y confidencial, a toda hora, todos los días: le ayuda a encontrar tratamiento, en inglés y en español (elija la opción de español). No da consejería. TTY (para personas sordas o con problemas de audición): 1-800-487-4889.",
      },
      kind: "referral",
    },
  ],
  "content/crisis-lines.ts",
);

/** The word between a line's call link and its text link. */
const OR: Record<Lang, string> = { en: "or", es: "o" };

function inLang(line: CrisisLineData, lang: Lang): CrisisLine | undefined {
  const words = line[lang];
  if (!words) return undefined;
  const { id, number, href, kind, textHref } = line;
  return {
    id,
    number,
    href,
    kind,
    name: words.name,
    action: words.action,
    detail: words.detail,
    ...(textHref && words.textAction ? { text: { action: words.textAction, href: textHref, or: OR[lang] } } : {}),
  };
}

/** Every line that serves in `lang`, with its words in that language. */
export function crisisLinesFor(lang: Lang): CrisisLine[] {
  return lines.map((line) => inLang(line, lang)).filter((line) => line !== undefined);
}

/** One line by id, for a place that names lines in its own order and words; a missing one fails the build. */
export function crisisLine(id: string, lang: Lang = "en"): CrisisLine {
  const line = crisisLinesFor(lang).find((l) => l.id === id);
  if (!line) throw new Error(`No crisis line "${id}" in ${lang} in content/crisis-lines.ts.`);
  return line;
}

/** The lines for "in crisis or in danger": 911 and 988. The SAMHSA helpline finds treatment and gives no counseling. */
export const crisisOnlyLines = (lang: Lang) => crisisLinesFor(lang).filter((line) => line.kind === "crisis");

/** SAMHSA's helpline: free help to find treatment, shown where people look for options, not under "in crisis". */
export const referralLine = (lang: Lang) => crisisLinesFor(lang).find((line) => line.kind === "referral");

/** Every line in English, for code that needs the numbers (the English wording is the reference). */
export const crisisLines = crisisLinesFor("en");
