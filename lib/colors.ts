/**
 * The site's colours, in one place: tailwind.config.ts makes them the
 * Tailwind colours (bg-brand, text-ink, ...), and code that cannot use a
 * class reads them here: the browser's theme colour (app/layout.tsx) and the
 * intake email's inline styles (mail clients ignore stylesheets and CSS
 * variables). Every text/background pair used on the site meets WCAG 2.2 AA
 * (4.5:1 for text).
 */
export const colors = {
  ink: { DEFAULT: "#1b2a36", soft: "#3d4f5c" },
  paper: { DEFAULT: "#ffffff", warm: "#f6f4ef", cool: "#eef4f3" },
  brand: { DEFAULT: "#0b5c57", dark: "#083f3c", light: "#d6ebe8" },
  accent: { DEFAULT: "#9a3412", light: "#fdf0e7" },
  crisis: { DEFAULT: "#16222c", text: "#ffffff" },
  focus: "#ffbf47",
  danger: "#b3261e",
} as const;
