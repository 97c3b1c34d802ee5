import { parseContent } from "@/lib/content/parse";
import { crisisLineSchema } from "@/lib/content/schemas";

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
    },
    {
      id: "988",
      number: "988",
      name: "988 Suicide & Crisis Lifeline",
      action: "Call 988",
      href: "tel:988",
      text: { action: "text 988", href: "sms:988" },
      detail: "Free, 24/7, for any crisis, including substance use. Chat at 988lifeline.org. Press 2 for Spanish.",
    },
    {
      id: "samhsa",
      number: "1-800-662-4357",
      name: "SAMHSA National Helpline",
      action: "Call 1-800-662-4357",
      href: "tel:+18006624357",
      detail: "Free, confidential, 24/7 treatment referral and information in English and Spanish. TTY 1-800-487-4889.",
    },
  ],
  "content/crisis-lines.ts",
);
