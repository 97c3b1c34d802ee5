/**
 * Labelling words: the site uses person-first language ("a person with a
 * substance use disorder"), as NIDA's "Words Matter" guidance asks. This is an
 * explicit phrase list rather than a general linter (retext-equality targets
 * other kinds of bias), so what is flagged and why is readable in one place.
 */

export type LabelRule = {
  id: string;
  pattern: RegExp;
  suggestion: string;
};

export type LabelHit = {
  rule: string;
  /** The words as written on the page. */
  match: string;
  suggestion: string;
  /** Where the match starts in the text. */
  index: number;
  /** A little of the text around the match, to find it on the page. */
  context: string;
};

/** Proper names that contain a flagged word; they are masked before matching. */
const ALLOWED_NAMES: readonly RegExp[] = [
  /\bSubstance\s+Abuse\s+and\s+Mental\s+Health\s+Services\s+Administration\b/gi,
  /\bCenter\s+for\s+Substance\s+Abuse\s+Treatment\b/gi,
  /\bNational\s+Institute\s+on\s+Drug\s+Abuse\b/gi,
  /\bNational\s+Institute\s+on\s+Alcohol\s+Abuse\s+and\s+Alcoholism\b/gi,
  /\bAlcoholics\s+Anonymous\b/gi,
  /\bAdult\s+Children\s+of\s+Alcoholics\b/gi,
];

const PERSON = '"a person with a substance use disorder"';
const DRUGS =
  "substance|drugs?|alcohol|opioids?|opiates?|heroin|cocaine|methamphetamine|stimulants?|cannabis|marijuana|prescription|polysubstance";
/** "alcoholic" is an adjective, and fine, only before these words. */
const ALCOHOLIC_THINGS = "drinks?|beverages?|liver|hepatitis|cirrhosis|pancreatitis";
const TEST_NOUNS = "tests?|screens?|screenings?|urines?|UAs?|samples?|specimens?|results?";

export const LABEL_RULES: readonly LabelRule[] = [
  { id: "addict", pattern: /\baddicts?\b/gi, suggestion: PERSON },
  {
    // "Addicted" labels the person too ("addicted people", "addicted to opioids").
    id: "addicted",
    pattern: /\baddicted\b/gi,
    suggestion: '"has a substance use disorder" or "lives with addiction"',
  },
  { id: "abuser", pattern: /\babusers?\b/gi, suggestion: `${PERSON}, or "a person who uses drugs"` },
  {
    id: "abuse",
    pattern: new RegExp(`\\b(?:(?:${DRUGS})\\s+abuse|abus(?:e|ing)\\s+(?:of\\s+)?(?:${DRUGS}|substances))\\b`, "gi"),
    suggestion: '"substance use", "misuse" or "substance use disorder" (a cited title belongs in <cite>)',
  },
  { id: "alcoholics", pattern: /\balcoholics\b/gi, suggestion: "people with an alcohol use disorder" },
  {
    id: "alcoholic",
    pattern: new RegExp(`(?<!non-)\\balcoholic\\b(?!\\s+(?:${ALCOHOLIC_THINGS})\\b)`, "gi"),
    suggestion: '"a person with an alcohol use disorder" ("alcoholic drinks" is fine)',
  },
  {
    id: "clean-dirty-test",
    pattern: new RegExp(
      [
        `\\b(?:clean|dirty)\\s+(?:(?:drug|urine|tox|toxicology)\\s+)?(?:${TEST_NOUNS})\\b`,
        `\\b(?:tests?|tested|testing|screen(?:s|ed|ing)?)\\s+(?:clean|dirty)\\b`,
        `\\b(?:come|comes|came|coming)\\s+(?:back|up)\\s+(?:clean|dirty)\\b`,
      ].join("|"),
      "gi",
    ),
    suggestion: '"negative" or "positive" (e.g. "a negative drug test")',
  },
  {
    id: "clean-person",
    pattern: /\b(?:(?:stay|stays|stayed|staying|get|gets|got|gotten|getting)\s+clean|clean\s+and\s+sober)\b/gi,
    suggestion: '"in recovery", "not using" or "in remission"',
  },
  {
    id: "slur",
    pattern: /\b(?:junk(?:y|ies?)|druggies?|crackheads?|potheads?|dopeheads?)\b/gi,
    suggestion: `${PERSON}, or "a person who uses drugs"`,
  },
];

const CONTEXT_CHARS = 40;

/** `allowedNames` are masked first; spanish-labels.ts passes the Spanish names. */
export function findLabellingWords(
  text: string,
  rules: readonly LabelRule[] = LABEL_RULES,
  allowedNames: readonly RegExp[] = ALLOWED_NAMES,
): LabelHit[] {
  // Same-length masking keeps match positions valid for the context snippet.
  const masked = allowedNames.reduce((t, name) => t.replace(name, (m) => " ".repeat(m.length)), text);
  const hits: LabelHit[] = [];
  for (const rule of rules) {
    for (const m of masked.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      hits.push({
        rule: rule.id,
        match: text.slice(start, end),
        suggestion: rule.suggestion,
        index: start,
        context: text
          .slice(Math.max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS)
          .replace(/\s+/g, " ")
          .trim(),
      });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
