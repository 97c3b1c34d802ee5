/**
 * Order of the main navigation, by page slug (content/pages/<slug>.mdx).
 * Labels come from each page's `navLabel`, so they are written once.
 */
export const mainNavigation = [
  "what-is-iop",
  "compare",
  "schedule",
  "services",
  "faq",
  "is-iop-right-for-me",
  "for-families",
  "evidence",
] as const;

/** Linked from the footer of every page. */
export const footerNavigation = ["privacy", "accessibility", "evidence", "admissions"] as const;
