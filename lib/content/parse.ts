import type { z } from "zod";

/**
 * Parse one piece of content or throw an error that names the file and every
 * bad field, e.g. "content/pages/faq.mdx: metadata.lastReviewed: Invalid ISO date".
 * Content modules call this at import time, so `next build` stops on the first
 * broken file instead of rendering a page with a hole in it.
 */
export function parseContent<S extends z.ZodType>(schema: S, value: unknown, file: string, label = ""): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = [label, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)";
    return `  ${file}: ${field}: ${issue.message}`;
  });
  throw new ContentError(`Invalid content in ${file}:\n${lines.join("\n")}`);
}

export class ContentError extends Error {
  override name = "ContentError";
}
