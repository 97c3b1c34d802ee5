import type { SelfCheckItem } from "@/lib/content/schemas";

export type SelfCheckSummary = {
  /** Statements the person checked, in checklist order. */
  checked: SelfCheckItem[];
  /** Unchecked statements that are a safety matter: shown first. */
  safetyFirst: SelfCheckItem[];
  /** Other unchecked statements: things to bring up at the assessment. */
  toDiscuss: SelfCheckItem[];
};

/** Sorts the checklist by what the person checked. No score: the summary only says what to talk about. */
export function summarizeSelfCheck(items: readonly SelfCheckItem[], checkedIds: ReadonlySet<string>): SelfCheckSummary {
  const checked = items.filter((item) => checkedIds.has(item.id));
  const unchecked = items.filter((item) => !checkedIds.has(item.id));
  return {
    checked,
    safetyFirst: unchecked.filter((item) => item.safety),
    toDiscuss: unchecked.filter((item) => !item.safety),
  };
}
