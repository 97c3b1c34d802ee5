import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types the browser does not run (JSON-LD, import maps aside) need no hash. */
const DATA_TYPE = /\btype\s*=\s*["']?(application\/(ld\+)?json)/i;

/** A CSP source expression ('sha256-…', without the quotes) for an inline script or style. */
const cspHash = (text: string | Buffer) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

/**
 * CSP source expressions for every inline script a browser would run in this
 * HTML. React escapes "</script" inside inline scripts, so a lazy match to the
 * next closing tag finds each script's exact text.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/.test(attributes) || DATA_TYPE.test(attributes)) continue;
    hashes.add(cspHash(body));
  }
  return [...hashes];
}

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** CSP source expressions for the <style> elements in this HTML. */
export function inlineStyleHashes(html: string): string[] {
  return [...new Set([...html.matchAll(STYLE)].map(([, body = ""]) => cspHash(body)))];
}

/**
 * CSP source expressions for every stylesheet the build wrote under `staticDir`
 * (`.next/static`). With `experimental.inlineCss`, Next writes each page's
 * stylesheet into it as a <style> element, byte for byte the file's content,
 * and React adds another page's on client-side navigation: allowing all of
 * them lets every page, and every page it leads to, keep its styles.
 */
export function stylesheetHashes(staticDir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(staticDir, { recursive: true, encoding: "utf8" });
  } catch {
    return []; // no production build here (next dev links its stylesheets instead)
  }
  return entries
    .filter((entry) => entry.endsWith(".css"))
    .sort()
    .map((entry) => cspHash(readFileSync(path.join(staticDir, entry))));
}
