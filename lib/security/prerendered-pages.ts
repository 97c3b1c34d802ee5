import { readFile } from "node:fs/promises";
import path from "node:path";
import { inlineScriptHashes } from "./inline-script-hashes";

/** Where `next build` writes prerendered App Router pages (the default distDir). */
const APP_DIR = path.join(process.cwd(), ".next", "server", "app");

const cache = new Map<string, Promise<string[] | undefined>>();

const NOT_FOUND_FILE = path.join(APP_DIR, "_not-found.html");

/**
 * Hashes of the inline scripts in the prerendered HTML that `next start`
 * serves for a GET of this path, read once per file. Every page of this site
 * is prerendered, so a path without its own HTML is answered with the
 * prerendered 404 page. Undefined when there is no build output at all.
 */
export async function prerenderedScriptHashes(pathname: string): Promise<string[] | undefined> {
  const file = htmlFileFor(pathname);
  const own = file ? await hashesOf(file) : undefined;
  return own ?? hashesOf(NOT_FOUND_FILE);
}

function hashesOf(file: string): Promise<string[] | undefined> {
  let hashes = cache.get(file);
  if (!hashes) {
    hashes = readFile(file, "utf8").then(inlineScriptHashes, () => undefined);
    cache.set(file, hashes);
  }
  return hashes;
}

function htmlFileFor(pathname: string): string | undefined {
  if (pathname === "/") return path.join(APP_DIR, "index.html");
  // Only plain slugs: nothing that could climb out of the build folder.
  if (!/^\/[a-z0-9-]+$/.test(pathname)) return undefined;
  return path.join(APP_DIR, `${pathname.slice(1)}.html`);
}
