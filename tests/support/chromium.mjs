/**
 * The one place that says which Chromium the tests, screenshots and bench
 * use, and with which flags. Plain JavaScript so the .mjs bench and
 * ensure-browser can import it as well as the TypeScript Playwright config.
 */
import { existsSync } from "node:fs";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** CHROMIUM_PATH, else Debian's Chromium, else undefined (Playwright's own download). */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/**
 * Flags that keep a headless Chromium quiet on a machine with no outside
 * network: without them it keeps trying to reach Google's update and sync hosts.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Launch options for Playwright's chromium.launch(). */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS };
}
