import path from "node:path";

import { HOME_SLUG, pathForSlug, slugsFromFileNames } from "@/lib/content/routes";

export { HOME_SLUG, pathForSlug as routeForSlug, slugsFromFileNames };

/**
 * Which of the build's server files (paths relative to .next/server) is a
 * static route's prerendered HTML. Next 16 writes app/<name>.html, or, when a
 * build adapter is set (this project has one, for the CSP),
 * route-cache/APP_PAGE/<hash>/$/<name>.html. Undefined when there is none.
 */
export function htmlFileForSlug(serverFiles: readonly string[], slug: string): string | undefined {
  const name = `${slug === HOME_SLUG ? "index" : slug}.html`;
  const routeCache = path.join("route-cache", "APP_PAGE");
  return serverFiles.find(
    (file) =>
      file === path.join("app", name) ||
      (file.startsWith(routeCache) && path.basename(file) === name && path.basename(path.dirname(file)) === "$"),
  );
}
