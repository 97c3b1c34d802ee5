/*
 * Kept apart from shipped-facts.ts, which formats hours with server-only code: the leftovers spec runs in
 * Playwright, outside React's server conditions, and needs only this.
 */

/** One fact of the shipped program: the field it comes from and its words as a page would show them. */
export type ShippedFact = { field: string; text: string };

/**
 * Where a fact appears in a text. Numbers and short words match only as whole tokens, so "8 weeks" is not found in
 * "48 weeks" and the id "eastside" not in "eastsider".
 */
export function findFacts(text: string, facts: readonly ShippedFact[]): ShippedFact[] {
  return facts.filter((f) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(f.text)}(?![\\p{L}\\p{N}])`, "u").test(text));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
