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

export function minWordsFor(slug: string, rules: ContentRules = contentRules): number {
  return rules.minWordsExempt.includes(slug) ? 0 : rules.minWords;
}
