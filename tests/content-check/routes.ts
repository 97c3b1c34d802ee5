import path from "node:path";

import { HOME_SLUG, pathForSlug, slugsFromFileNames } from "@/lib/content/routes";

export { HOME_SLUG, pathForSlug as routeForSlug, slugsFromFileNames };

/** Where `next build` (Next 16, App Router) writes a static route's prerendered HTML. */
export function htmlFileForSlug(appDir: string, slug: string): string {
  return path.join(appDir, `${slug === HOME_SLUG ? "index" : slug}.html`);
}
