import { readdirSync } from "node:fs";
import path from "node:path";

/** Every page route, derived from content/pages/*.mdx exactly as the app derives it. */
export const routes: string[] = readdirSync(path.resolve("content/pages"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.slice(0, -".mdx".length))
  .map((slug) => (slug === "home" ? "/" : `/${slug}`))
  .sort();
