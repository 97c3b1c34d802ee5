import react from "@vitejs/plugin-react";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server-only throws outside a React Server environment; unit tests run the modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: [
      "{app,components,content,lib,tests/unit}/**/*.test.{ts,tsx}",
      "tests/content-check/**/*.test.ts",
      "tests/provider/**/*.test.ts",
    ],
    setupFiles: ["tests/support/vitest-setup.ts"],
    testTimeout: 20_000,
  },
});
