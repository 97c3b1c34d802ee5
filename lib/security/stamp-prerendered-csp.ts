import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { contentSecurityPolicy } from "./csp";
import { inlineScriptHashes } from "./inline-script-hashes";

/**
 * Gives every prerendered page its own Content-Security-Policy, allowing the
 * hashes of exactly the inline scripts in its HTML. The policy goes into the
 * headers file (`<page>.meta`) that `next start` sends with that HTML, so
 * static pages carry a strict CSP without a proxy running on every request
 * (which costs a static page more than half its throughput; see the README's
 * "Security headers").
 *
 * Walks the whole server output rather than a list of routes, so the
 * prerendered 404 page, which Next does not list as a prerender, is covered
 * too. Returns the HTML files it stamped.
 */
export async function stampPrerenderedPages(serverDir: string): Promise<string[]> {
  const entries = await readdir(serverDir, { recursive: true });
  const files = new Set(entries.map((entry) => path.join(serverDir, entry)));
  const pages = [...files].filter((file) => file.endsWith(".html") && files.has(metaFileOf(file)));
  await Promise.all(pages.map(stampPage));
  return pages;
}

const metaFileOf = (htmlFile: string) => htmlFile.replace(/\.html$/, ".meta");

async function stampPage(htmlFile: string): Promise<void> {
  const html = await readFile(htmlFile, "utf8");
  const meta = JSON.parse(await readFile(metaFileOf(htmlFile), "utf8"));
  const policy = contentSecurityPolicy({ hashes: inlineScriptHashes(html) });
  meta.headers = { ...meta.headers, "content-security-policy": policy };
  await writeFile(metaFileOf(htmlFile), JSON.stringify(meta));
}
