import type { z } from "zod";
import { sources } from "@/content/sources";

/**
 * Adds "every cited source exists" to a content schema with a `sources` field,
 * so a typo in a service or FAQ fails the build with the item and index named,
 * the same way page metadata does in ./pages.ts.
 */
export function withKnownSources<S extends z.ZodType<{ sources: string[] }>>(schema: S): S {
  return schema.superRefine((value, ctx) => {
    value.sources.forEach((id, i) => {
      if (!Object.hasOwn(sources, id)) {
        ctx.addIssue({
          code: "custom",
          path: ["sources", i],
          message: `unknown source "${id}" (see content/sources.ts)`,
        });
      }
    });
  });
}
