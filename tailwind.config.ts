import type { Config } from "tailwindcss";
import { colors } from "./lib/colors";

/** Loaded by app/globals.css via @config. Calm, high-contrast colours from lib/colors.ts. */
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./content/**/*.{ts,mdx}", "./mdx-components.tsx"],
  theme: {
    extend: {
      colors,
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
