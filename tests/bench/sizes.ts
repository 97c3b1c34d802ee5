/**
 * What a visitor downloads per page: each route is loaded in Chromium to find
 * every document, script and stylesheet it pulls in (including chunks loaded
 * after hydration), then each of those is fetched again with
 * `Accept-Encoding: gzip` and its body bytes counted exactly as served. Any
 * request for a host other than loopback is recorded and blocked.
 */
import http from "node:http";
import { type Browser, chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath, isLoopback } from "./config";

type Kind = "html" | "js" | "css";
const KINDS: Record<string, Kind> = { document: "html", script: "js", stylesheet: "css" };
type Fetched = { bytes: number; status: number | undefined; encoding: string };

/** Body bytes of `url` as the server sends them to a client that accepts gzip. */
export function gzipSize(url: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk) => {
        bytes += chunk.length;
      });
      res.on("end", () =>
        resolve({ bytes, status: res.statusCode, encoding: res.headers["content-encoding"] ?? "identity" }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout fetching ${url}`)));
  });
}

export async function launchBrowser(): Promise<Browser> {
  // Drop --headless=new: Playwright picks its own headless mode.
  const args = CHROMIUM_FLAGS.filter((f) => !f.startsWith("--headless"));
  return chromium.launch({ executablePath: chromiumPath(), args });
}

/**
 * Loads `origin + route` on a phone-sized viewport; returns the same-origin
 * files by kind with their gzip sizes, and every request that left loopback.
 */
export type PageSize = Awaited<ReturnType<typeof measurePage>>;

export async function measurePage(
  browser: Browser,
  origin: string,
  route: string,
  sizeCache = new Map<string, Fetched>(),
) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const offsite: string[] = [];
  await context.route("**/*", (r) => {
    const url = r.request().url();
    if (isLoopback(url)) return r.continue();
    offsite.push(url);
    return r.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const files = new Map<string, Kind>();
  page.on("request", (request) => {
    const kind = KINDS[request.resourceType()];
    const url = request.url();
    if (kind && new URL(url).origin === origin) files.set(url.split("#")[0]!, kind);
  });
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  const response = await page.goto(`${origin}${route}`, { waitUntil: "networkidle", timeout: 45_000 });
  if (!response?.ok()) throw new Error(`${origin}${route} answered ${response?.status()}`);
  await context.close();

  const bytes: Record<Kind, number> = { html: 0, js: 0, css: 0 };
  const counts: Record<Kind, number> = { html: 0, js: 0, css: 0 };
  const notCompressed: string[] = [];
  for (const [url, kind] of files) {
    // Shared chunks are the same file on every route; the HTML is not.
    let size = kind === "html" ? undefined : sizeCache.get(url);
    if (!size) {
      size = await gzipSize(url);
      if (kind !== "html") sizeCache.set(url, size);
    }
    if (size.status !== 200) throw new Error(`${url} answered ${size.status}`);
    // Next skips compressing bodies under 1 kB; only bigger uncompressed files matter.
    if (size.encoding === "identity" && size.bytes > 1024) notCompressed.push(url);
    bytes[kind] += size.bytes;
    counts[kind] += 1;
  }
  return { route, bytes, counts, offsite, notCompressed, pageErrors };
}
