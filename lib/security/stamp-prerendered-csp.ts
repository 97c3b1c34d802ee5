import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { contentSecurityPolicy } from "./csp";
import { inlineScriptHashes, inlineStyleHashes } from "./inline-hashes";

/**
 * Gives every prerendered page its own Content-Security-Policy, allowing the
 * hashes of exactly the inline scripts and styles in its HTML, and of the
 * build's stylesheets (`styleHashes`: the pages a client-side navigation
 * leads to may inline others). The policy goes into the
 * headers file (`<page>.meta`) that `next start` sends with that HTML, so
 * static pages carry a strict CSP without a proxy running on every request
 * (which costs a static page more than half its throughput; see
 * lib/security/README.md).
 *
 * Walks the whole server output rather than a list of routes, so the
 * prerendered 404 page, which Next does not list as a prerender, is covered
 * too. Returns the HTML files it stamped.
 *
 * Exists because Next cannot hash its own inline flight scripts yet
 * (https://github.com/vercel/next.js/issues/95354); delete it with
 * csp-build-adapter.mjs when a Next release does (see the adapter).
 */
export async function stampPrerenderedPages(serverDir: string, styleHashes: string[] = []): Promise<string[]> {
  const entries = await readdir(serverDir, { recursive: true });
  const files = new Set(entries.map((entry) => path.join(serverDir, entry)));
  const pages = [...files].filter((file) => file.endsWith(".html") && files.has(metaFileOf(file)));
  await Promise.all(pages.map((page) => stampPage(page, styleHashes)));
  return pages;
}

const metaFileOf = (htmlFile: string) => htmlFile.replace(/\.html$/, ".meta");

async function stampPage(htmlFile: string, styleHashes: string[]): Promise<void> {
  const html = await readFile(htmlFile, "utf8");
  const meta = JSON.parse(await readFile(metaFileOf(htmlFile), "utf8"));
  const styles = [...new Set([...styleHashes, ...inlineStyleHashes(html)])];
  const policy = contentSecurityPolicy({ hashes: inlineScriptHashes(html) }, { styleHashes: styles });
  meta.headers = { ...meta.headers, "content-security-policy": policy };
  await writeFile(metaFileOf(htmlFile), JSON.stringify(meta));
}
