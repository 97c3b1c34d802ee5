import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { z } from "zod";

/**
 * Safety facts about withdrawal, opioids and overdose, each with its public
 * sources. They are general medical facts, not program policy, and every page
 * that speaks about detox or using again takes its words from here, so the
 * medical reviewer checks them in one place.
 */
const safetyFactSchema = withKnownSources(
  z.strictObject({ text: z.string().min(1), sources: z.array(z.string()).min(1) }),
);

/** The safety topics, each a fact with its sources; content/es/safety.ts parses its Spanish twin with the same schema. */
export const safetySchema = z.strictObject({
  withdrawal: safetyFactSchema,
  withdrawalEmergency: safetyFactSchema,
  opioids: safetyFactSchema,
  tolerance: safetyFactSchema,
  naloxone: safetyFactSchema,
});

export const safety = parseContent(
  safetySchema,
  {
    withdrawal: {
      text: "Stopping alcohol, benzodiazepines (benzos) or other sedatives, such as some sleeping pills, all at once can be dangerous. It can cause seizures. You may need medical care to stop safely.",
      sources: ["samhsa-tip-45", "medlineplus-alcohol-withdrawal"],
    },
    withdrawalEmergency: {
      text: "If someone who is stopping alcohol, benzos or sleeping pills has a seizure, is confused, or sees or hears things that are not there, call 911 now.",
      sources: ["medlineplus-alcohol-withdrawal"],
    },
    opioids: {
      text: "If you use opioids, medicine such as buprenorphine or methadone is the usual treatment, and you can often start it without a hospital stay. Stopping opioids without medicine makes an overdose more likely if you use again.",
      sources: ["samhsa-tip-63", "ahrq-moud-overdose"],
    },
    tolerance: {
      text: "After a break from opioids, such as after detox, a hospital stay or jail, the body cannot handle what it used to. The amount you used before can now cause an overdose.",
      sources: ["ahrq-moud-overdose"],
    },
    naloxone: {
      text: "Naloxone (Narcan) can reverse an opioid overdose. You can buy the nasal spray at a drugstore without a prescription. Keep it close, and tell someone near you where it is.",
      sources: ["fda-naloxone-otc-2023"],
    },
  },
  "content/safety.ts",
);

export type SafetyTopic = keyof typeof safety;

/** The sources behind some safety facts, for a page's or an answer's source list. */
export function safetySources(topics: readonly SafetyTopic[]): string[] {
  return [...new Set(topics.flatMap((t) => safety[t].sources))];
}
