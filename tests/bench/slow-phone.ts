/**
 * A page loaded for real on a modelled slow phone, as a reader would get it:
 * Lighthouse's own mobile figures (slow 4G and a CPU four times slower, on the
 * Moto G Power screen) applied by Chromium through DevTools throttling, with
 * the request latency and throughput Lighthouse itself uses in that mode.
 * Lighthouse's score is a simulation built from an unthrottled load; this is
 * the load itself, so the two can be told apart. Reported, not budgeted.
 */
import type { Browser } from "@playwright/test";
import { screenEmulationMetrics, throttling } from "lighthouse/core/config/constants.js";

export const SLOW_PHONE = throttling.mobileSlow4G;

/** Lighthouse's figures in kbit/s (1024 bit), as DevTools wants them in bytes per second. */
const bytesPerSecond = (kbps: number) => (kbps * 1024) / 8;

/**
 * One load with an empty cache. Times are ms from navigation start:
 * first and largest contentful paint, when the last stylesheet byte arrived,
 * and when the first and the last script finished downloading.
 */
export type SlowLoad = {
  fcp: number | undefined;
  lcp: number | undefined;
  stylesheetDone: number | undefined;
  firstScriptDone: number | undefined;
  lastScriptDone: number | undefined;
};

/** The page's largest paint so far, kept by the init script below. */
type LcpWindow = typeof globalThis & { __benchLcp?: number };

export async function loadOnSlowPhone(browser: Browser, url: string): Promise<SlowLoad> {
  const { width, height, deviceScaleFactor } = screenEmulationMetrics.mobile;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, isMobile: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: SLOW_PHONE.requestLatencyMs,
      downloadThroughput: bytesPerSecond(SLOW_PHONE.downloadThroughputKbps),
      uploadThroughput: bytesPerSecond(SLOW_PHONE.uploadThroughputKbps),
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_PHONE.cpuSlowdownMultiplier });
    await page.addInitScript(() => {
      const w = globalThis as LcpWindow;
      w.__benchLcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__benchLcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    // A later, larger paint would still count as the LCP; give it time to be reported.
    await page.waitForTimeout(1000);
    // The page sends back raw entries and the sums are made here: tsx (esbuild's keepNames) wraps a named helper
    // inside a browser callback in `__name(...)`, which the page does not have (privatenumber/tsx#113).
    const { fcp, lcp, resources } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      lcp: (globalThis as LcpWindow).__benchLcp || undefined,
      resources: performance
        .getEntriesByType("resource")
        .map((entry) => ({ name: entry.name, responseEnd: (entry as PerformanceResourceTiming).responseEnd })),
    }));
    // By file type: a chunk that Next preloads with <link> is still a script.
    const done = (ext: string) =>
      resources.filter((entry) => new URL(entry.name).pathname.endsWith(ext)).map((entry) => entry.responseEnd);
    const styles = done(".css");
    const scripts = done(".js");
    return {
      fcp,
      lcp,
      stylesheetDone: styles.length ? Math.max(...styles) : undefined,
      firstScriptDone: scripts.length ? Math.min(...scripts) : undefined,
      lastScriptDone: scripts.length ? Math.max(...scripts) : undefined,
    };
  } finally {
    await context.close();
  }
}
