/** The axe-core rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA: the standard the site is held to. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
