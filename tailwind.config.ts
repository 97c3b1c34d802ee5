import type { Config } from "tailwindcss";

/**
 * Calm, high-contrast colors: every text/background pair used on the site
 * meets WCAG 2.2 AA (4.5:1 for text). Loaded by app/globals.css via @config.
 */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./content/**/*.{ts,mdx}", "./mdx-components.tsx"],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: "#1b2a36", soft: "#3d4f5c" },
        paper: { DEFAULT: "#ffffff", warm: "#f6f4ef", cool: "#eef4f3" },
        brand: { DEFAULT: "#0b5c57", dark: "#083f3c", light: "#d6ebe8" },
        accent: { DEFAULT: "#9a3412", light: "#fdf0e7" },
        crisis: { DEFAULT: "#16222c", text: "#ffffff" },
        focus: "#ffbf47",
        danger: "#b3261e",
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "Noto Sans",
          "sans-serif",
        ],
      },
    },
  },
};

export default config;
