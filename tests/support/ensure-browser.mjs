/**
 * Finds a Chromium for the end-to-end tests, installing Debian's package when
 * we can (root with apt-get), and otherwise says exactly how to get one.
 * Uses the same choice of binary as Playwright's config (./chromium.mjs).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "./chromium.mjs";

const HOW_TO = [
  "No Chromium found for the end-to-end tests. Get one of these:",
  "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium",
  "  elsewhere:      npx playwright install chromium",
  "  or point CHROMIUM_PATH at any Chromium or Chrome binary.",
].join("\n");

function found() {
  const configured = chromiumExecutable();
  if (configured) return existsSync(configured);
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export function ensureBrowser() {
  if (found()) return { ok: true };
  const canApt = process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (canApt) {
    console.info("Installing Debian's Chromium for the end-to-end tests (apt-get install chromium)...");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" });
    if (found()) return { ok: true };
  }
  console.error(HOW_TO);
  return { ok: false, reason: "no Chromium: see the message above" };
}
