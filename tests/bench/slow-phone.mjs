/**
 * A page loaded for real on a modelled slow phone, as a reader would get it:
 * Lighthouse's own mobile figures (slow 4G and a CPU four times slower, on the
 * Moto G Power screen) applied by Chromium through DevTools throttling, with
 * the request latency and throughput Lighthouse itself uses in that mode.
 * Lighthouse's score is a simulation built from an unthrottled load; this is
 * the load itself, so the two can be told apart. Reported, not budgeted.
 */
import { screenEmulationMetrics, throttling } from "lighthouse/core/config/constants.js";

export const SLOW_PHONE = throttling.mobileSlow4G;

/** Lighthouse's figures in kbit/s (1024 bit), as DevTools wants them in bytes per second. */
const bytesPerSecond = (kbps) => (kbps * 1024) / 8;

/**
 * One load with an empty cache. Times are ms from navigation start:
 * first and largest contentful paint, when the last stylesheet byte arrived,
 * and when the first and the last script finished downloading.
 */
export async function loadOnSlowPhone(browser, url) {
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
      globalThis.__benchLcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) globalThis.__benchLcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    // A later, larger paint would still count as the LCP; give it time to be reported.
    await page.waitForTimeout(1000);
    return await page.evaluate(() => {
      const resources = performance.getEntriesByType("resource");
      // By file type: a chunk that Next preloads with <link> is still a script.
      const done = (ext) =>
        resources.filter((entry) => new URL(entry.name).pathname.endsWith(ext)).map((entry) => entry.responseEnd);
      const styles = done(".css");
      const scripts = done(".js");
      return {
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
        lcp: globalThis.__benchLcp || undefined,
        stylesheetDone: styles.length ? Math.max(...styles) : undefined,
        firstScriptDone: scripts.length ? Math.min(...scripts) : undefined,
        lastScriptDone: scripts.length ? Math.max(...scripts) : undefined,
      };
    });
  } finally {
    await context.close();
  }
}
