import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathForSlug, readPageSlugs } from "@/lib/content/routes";
import { inlineScriptHashes } from "./inline-script-hashes";

/** Where `next build` writes prerendered App Router pages (the default distDir). */
const APP_DIR = path.join(process.cwd(), ".next", "server", "app");

const cache = new Map<string, Promise<string[] | undefined>>();

const NOT_FOUND_FILE = path.join(APP_DIR, "_not-found.html");

/**
 * Hashes of the inline scripts in the prerendered HTML that `next start`
 * serves for a GET of this path, read once per file. A page route without
 * prerendered HTML (such as /admissions, which renders a fresh form key per
 * visit) is rendered per request: undefined, so it gets a nonce. Any other
 * path is answered with the prerendered 404 page.
 */
export async function prerenderedScriptHashes(pathname: string): Promise<string[] | undefined> {
  const file = htmlFileFor(pathname);
  const own = file ? await hashesOf(file) : undefined;
  if (own || pageRoutes.has(pathname)) return own;
  return hashesOf(NOT_FOUND_FILE);
}

const pageRoutes = new Set(readPageSlugs().map(pathForSlug));

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
