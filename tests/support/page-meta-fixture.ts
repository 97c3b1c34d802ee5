import type { PageMeta } from "@/lib/content/schemas";

/** A complete, valid page metadata record for tests to vary one field at a time. */
export const validPageMeta: PageMeta = {
  title: "What is IOP?",
  description: "A plain-language guide to intensive outpatient treatment and who it suits.",
  lastReviewed: "2026-11-20",
  reviewer: "clinical director",
  sources: ["program-policy"],
  nextStep: { href: "/admissions", label: "Request a call", text: "Ask us to call you." },
};
