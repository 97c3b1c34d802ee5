/**
 * The limits the content check enforces, in one place. The reading-grade
 * ceiling of 8 follows the plain-language target for patient material; the
 * evidence, privacy and accessibility pages carry study names and legal terms,
 * so they may reach 10.
 */
export const contentRules = {
  gradeLimit: 8,
  gradeLimitBySlug: { evidence: 10, privacy: 10, accessibility: 10 } as Readonly<Record<string, number>>,
  minWords: 120,
  /** The admissions page is mostly the callback form; its prose is short on purpose. */
  minWordsExempt: ["admissions"] as readonly string[],
  verbatimRunWords: 10,
  /** Pages with no prerendered HTML (a fresh form key per visit); their MDX prose is checked instead. */
  renderedPerRequest: ["admissions"] as readonly string[],
} as const;

export type ContentRules = typeof contentRules;

export function gradeLimitFor(slug: string, rules: ContentRules = contentRules): number {
  return rules.gradeLimitBySlug[slug] ?? rules.gradeLimit;
}

/**
 * The Spanish pages' limits (checked by spanish-check.ts). Fernández-Huerta 60
 * is the bottom of "normal (para adulto)", 7th-8th grade: the Spanish match
 * for the English grade-8 ceiling. The evidence, privacy and accessibility
 * pages may go to 50, as their English allows grade 10. INFLESZ 65 ("bastante
 * fácil") is the goal, reported and never a gate. The word minimum and the
 * copied-run length are the English ones above.
 * Why: ../shared/design/spanish-edition.md §2a and decision 5.
 */
export const spanishContentRules = {
  fernandezHuertaMin: 60,
  fernandezHuertaMinBySlug: { evidence: 50, privacy: 50, accessibility: 50 } as Readonly<Record<string, number>>,
  infleszGoal: 65,
} as const;

export type SpanishContentRules = typeof spanishContentRules;

export function fernandezHuertaMinFor(slug: string, rules: SpanishContentRules = spanishContentRules): number {
  return rules.fernandezHuertaMinBySlug[slug] ?? rules.fernandezHuertaMin;
}

export function minWordsFor(slug: string, rules: ContentRules = contentRules): number {
  return rules.minWordsExempt.includes(slug) ? 0 : rules.minWords;
}
