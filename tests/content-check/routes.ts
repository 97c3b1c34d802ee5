import path from "node:path";

import { HOME_SLUG, pathForSlug, slugsFromFileNames } from "@/lib/content/routes";
import { localizedPath, type Lang } from "@/lib/i18n/locales";

export { HOME_SLUG, pathForSlug as routeForSlug, slugsFromFileNames };

/**
 * Which of the build's server files (paths relative to .next/server) is a
 * static route's prerendered HTML. Next 16 writes app/<name>.html, or, when a
 * build adapter is set (this project has one, for the CSP),
 * route-cache/APP_PAGE/<hash>/$/<name>.html. <name> is the route without its
 * leading slash: "index" for /, "faq", "es" for /es and "es/faq" for /es/faq
 * (seen in a Next 16.4 build). Undefined when there is none.
 */
export function htmlFileForSlug(serverFiles: readonly string[], slug: string, lang: Lang = "en"): string | undefined {
  const route = localizedPath(lang, slug);
  const name = path.join(...`${route === "/" ? "index" : route.slice(1)}.html`.split("/"));
  const routeCache = path.join("route-cache", "APP_PAGE");
  return serverFiles.find((file) => {
    if (file === path.join("app", name)) return true;
    if (!file.startsWith(routeCache + path.sep)) return false;
    // route-cache/APP_PAGE/<hash>/$/<name>.html
    const parts = file.split(path.sep);
    return parts[3] === "$" && parts.slice(4).join(path.sep) === name;
  });
}
