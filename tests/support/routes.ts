import { pathForSlug, readPageSlugs } from "@/lib/content/routes";

/** Every page route, derived from content/pages/*.mdx exactly as the app derives it. */
export const routes: string[] = readPageSlugs().map(pathForSlug);
