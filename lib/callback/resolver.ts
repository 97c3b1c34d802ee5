import type { Resolver } from "react-hook-form";
import { perLang } from "@/lib/i18n/per-lang";
import type { CallbackInput } from "./schema";
import type { callbackZodResolver } from "./zod-resolver";

/**
 * zod and the schema are over half of the form's script, so they load when the
 * person first focuses a field (`loadResolver`), not with the page. Should they
 * fail to load (a dropped connection), the form goes to the server, which
 * checks the same schema and answers with the same messages.
 */
let resolverLoad: Promise<typeof callbackZodResolver> | undefined;

export function loadResolver(): Promise<typeof callbackZodResolver> {
  resolverLoad ??= import("./zod-resolver").then(
    (m) => m.callbackZodResolver,
    (error: unknown) => {
      resolverLoad = undefined;
      throw error;
    },
  );
  return resolverLoad;
}

/**
 * react-hook-form's resolver for the callback form in `lang`: the shared schema
 * with that language's messages once loaded, else "valid" (the server checks).
 */
export const resolverFor = perLang((lang): Resolver<CallbackInput> => async (values, context, options) => {
  try {
    return (await loadResolver())(lang)(values, context, options);
  } catch {
    return { values, errors: {} };
  }
});
