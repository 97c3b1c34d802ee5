import type { z } from "zod";
import { sources } from "@/content/sources";

/**
 * Adds an issue for every source key that content/sources.ts does not list,
 * so data files and MDX pages fail the build the same way, with the item and
 * index named.
 */
export function checkSourceIds(ids: readonly string[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  ids.forEach((id, i) => {
    if (!Object.hasOwn(sources, id)) {
      ctx.addIssue({ code: "custom", path: [...path, i], message: `unknown source "${id}" (see content/sources.ts)` });
    }
  });
}

/** "Every cited source exists" for a schema whose values have a `sources` field. */
export function withKnownSources<S extends z.ZodType<{ sources: string[] }>>(schema: S): S {
  return schema.superRefine((value, ctx) => checkSourceIds(value.sources, ctx, ["sources"]));
}
