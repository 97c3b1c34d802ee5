import { defineConfig } from "@playwright/test";
import path from "node:path";
import base from "../../playwright.config";

/*
 * The end-to-end run against the second program (tests/provider/run.mjs runs it from the root of the scratch copy):
 * the specs that show program facts (shell, content, seo, links, the callback form, the Spanish pages) and the
 * leftovers scan. The mail pipeline, limits, refusals, nginx and startup do not change with the program and run once,
 * in the main suite; so do the accessibility and layout specs, which take minutes (a11y passed against the second
 * program when this subset was chosen, 5 December 2026, before the Spanish pages). Ports come from the same variables
 * as the main suite's, offset by run.mjs.
 */
const root = process.cwd();

export default defineConfig({
  ...base,
  testDir: path.join(root, "tests"),
  testMatch: [
    "e2e/shell.spec.ts",
    "e2e/content.spec.ts",
    "e2e/seo.spec.ts",
    "e2e/links.spec.ts",
    "e2e/callback-form.spec.ts",
    "e2e/spanish.spec.ts",
    "provider/leftovers.spec.ts",
  ],
  reporter: [["list"], ["json", { outputFile: path.join(root, "test-results/e2e.json") }]],
  globalSetup: path.join(root, "tests/e2e/global-setup.ts"),
  tsconfig: path.join(root, "tests/support/tsconfig.playwright.json"),
  webServer: { ...base.webServer!, cwd: root } as typeof base.webServer,
});
