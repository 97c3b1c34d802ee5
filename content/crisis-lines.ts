import { parseContent } from "@/lib/content/parse";
import { crisisLineSchema, type CrisisLine } from "@/lib/content/schemas";

/**
 * Real, national help lines shown on every page. These are not the program's
 * own numbers and a provider adopting the site should not change them.
 */
export const crisisLines = parseContent(
  crisisLineSchema.array(),
  [
    {
      id: "911",
      number: "911",
      name: "Emergency",
      action: "Call 911",
      href: "tel:911",
      detail: "If you or someone else is in danger or having a medical emergency.",
      kind: "crisis",
    },
    {
      id: "988",
      number: "988",
      name: "988 Suicide & Crisis Lifeline",
      action: "Call 988",
      href: "tel:988",
      text: { action: "text 988", href: "sms:988" },
      detail: "Free, 24/7, for any crisis, including substance use. Chat at 988lifeline.org. Press 2 for Spanish.",
      kind: "crisis",
    },
    {
      id: "samhsa",
      number: "1-800-662-4357",
      name: "SAMHSA National Helpline",
      action: "Call 1-800-662-4357",
      href: "tel:+18006624357",
      detail:
        "Free, confidential, 24/7 help to find treatment, in English and Spanish. It does not give counseling. TTY (for people who are deaf or hard of hearing): 1-800-487-4889.",
      kind: "referral",
    },
  ],
  "content/crisis-lines.ts",
);

/** One line by id, for a place that names lines in its own order and words; a missing one fails the build. */
export function crisisLine(id: string): CrisisLine {
  const line = crisisLines.find((l) => l.id === id);
  if (!line) throw new Error(`No crisis line "${id}" in content/crisis-lines.ts.`);
  return line;
}

/** The lines for "in crisis or in danger": 911 and 988. The SAMHSA helpline finds treatment and gives no counseling. */
export const crisisOnlyLines = crisisLines.filter((line) => line.kind === "crisis");

/** SAMHSA's helpline: free help to find treatment, shown where people look for options, not under "in crisis". */
export const referralLine = crisisLines.find((line) => line.kind === "referral");
