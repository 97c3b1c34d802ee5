import { safetySchema } from "@/content/safety";

// The same schema as the English, exported as the English file exports it (the data twin check compares exports).
export { safetySchema };
import { parseContent } from "@/lib/content/parse";
import type { z } from "zod";

/**
 * The safety facts of content/safety.ts in Spanish, with the same sources.
 * They are medical facts: each says exactly what the English says, no softer
 * and no more, so the medical reviewer can check the two side by side.
 */
export const safety = parseContent(
  safetySchema,
  {
    withdrawal: {
      text: "Puede ser peligroso dejar de golpe el alcohol, las benzodiacepinas (benzos) u otros sedantes, como algunas pastillas para dormir. Puede causar convulsiones. Tal vez necesite atención médica para dejarlos sin peligro.",
      sources: ["samhsa-tip-45", "medlineplus-alcohol-withdrawal"],
    },
    withdrawalEmergency: {
      text: "Si una persona que deja el alcohol, las benzos o las pastillas para dormir tiene una convulsión, está confundida, o ve u oye cosas que no están ahí, llame al 911 ahora.",
      sources: ["medlineplus-alcohol-withdrawal"],
    },
    opioids: {
      text: "Si usted consume opioides, el tratamiento usual es una medicina como la buprenorfina o la metadona. Muchas veces puede empezarla sin quedarse en un hospital. Si deja los opioides sin medicina, una sobredosis es más probable si vuelve a consumir.",
      sources: ["samhsa-tip-63", "ahrq-moud-overdose"],
    },
    tolerance: {
      text: "Después de un tiempo sin opioides, el cuerpo ya no aguanta lo que aguantaba antes. Pasa, por ejemplo, después de una desintoxicación, de una estadía en el hospital o de un tiempo en la cárcel. La cantidad que consumía antes ahora puede causarle una sobredosis.",
      sources: ["ahrq-moud-overdose"],
    },
    naloxone: {
      text: "La naloxona (Narcan) puede revertir una sobredosis de opioides. Puede comprar el aerosol nasal en una farmacia, sin receta médica. Téngala cerca, y dígale a alguien que esté cerca de usted dónde la guarda.",
      sources: ["fda-naloxone-otc-2023"],
    },
  } satisfies z.input<typeof safetySchema>,
  "content/es/safety.ts",
);

export type SafetyTopic = keyof typeof safety;

/** The sources behind some safety facts, for a page's or an answer's source list. */
export function safetySources(topics: readonly SafetyTopic[]): string[] {
  return [...new Set(topics.flatMap((t) => safety[t].sources))];
}
