import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types the browser does not run (JSON-LD, import maps aside) need no hash. */
const DATA_TYPE = /\btype\s*=\s*["']?(application\/(ld\+)?json)/i;

/**
 * CSP source expressions ('sha256-…') for every inline script a browser would
 * run in this HTML. React escapes "</script" inside inline scripts, so a
 * lazy match to the next closing tag finds each script's exact text.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/.test(attributes) || DATA_TYPE.test(attributes)) continue;
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}
