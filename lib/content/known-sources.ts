import type { z } from "zod";
import { sources } from "@/content/sources";

/**
 * Adds an issue for every source key that content/sources.ts does not list,
 * so data files fail the build the same way MDX pages do (see parsePageMeta).
 */
export function checkSourceIds(ids: readonly string[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  ids.forEach((id, i) => {
    if (!(id in sources)) {
      ctx.addIssue({ code: "custom", path: [...path, i], message: `unknown source "${id}" (see content/sources.ts)` });
    }
  });
}
