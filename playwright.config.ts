import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/support/chromium.mjs";
import { e2eServerEnv, E2E_PORT } from "./tests/support/e2e-env";

/**
 * End-to-end tests run against the production build (`next build` first, then
 * `next start`), in Chromium: Debian's /usr/bin/chromium where present (or
 * CHROMIUM_PATH), Playwright's own browser elsewhere.
 */
export default defineConfig({
  testDir: "tests/e2e",
  // Specs import lib/ code marked server-only (routes, Spanish formats); outside React's server build that import
  // would throw, so the specs see it as an empty module, as vitest does (vitest.config.mts).
  tsconfig: "./tests/support/tsconfig.playwright.json",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, grepInvert: /@no-js/ },
    { name: "no-js", use: { ...devices["Desktop Chrome"], javaScriptEnabled: false }, grep: /@no-js/ },
  ],
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/robots.txt`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: e2eServerEnv(),
  },
});
