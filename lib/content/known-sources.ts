import type { z } from "zod";
import { sources } from "@/content/sources";

/** One list of source keys in a content value, and where it sits. */
export type CitedSources = { path: (string | number)[]; ids: readonly string[] };

/**
 * "Every cited source exists": adds an issue for every source key that
 * content/sources.ts does not list, so data files and MDX pages fail the build
 * the same way, with the item and index named. By default it checks the
 * value's own `sources`; `cited` lists them for data that cites per part
 * (the compare table's cells).
 */
export function withKnownSources<S extends z.ZodType<{ sources: readonly string[] }>>(schema: S): S;
export function withKnownSources<S extends z.ZodType>(schema: S, cited: (value: z.output<S>) => CitedSources[]): S;
export function withKnownSources<S extends z.ZodType>(schema: S, cited?: (value: z.output<S>) => CitedSources[]): S {
  return schema.superRefine((value, ctx) => {
    // Without `cited`, the first overload has checked that the value has `sources`.
    const lists = cited?.(value) ?? [{ path: ["sources"], ids: (value as { sources: readonly string[] }).sources }];
    for (const { path, ids } of lists) {
      ids.forEach((id, i) => {
        if (!Object.hasOwn(sources, id)) {
          ctx.addIssue({
            code: "custom",
            path: [...path, i],
            message: `unknown source "${id}" (see content/sources.ts)`,
          });
        }
      });
    }
  });
}
