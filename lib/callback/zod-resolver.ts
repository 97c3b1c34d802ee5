import { zodResolver } from "@hookform/resolvers/zod";
import { perLang } from "@/lib/i18n/per-lang";
import { callbackSchemaFor } from "./schema";

/**
 * react-hook-form's check against the shared schema, in a module of its own so
 * the browser loads zod only once the form is in use. `raw`: on success the
 * form hands over the values as typed; the page posts the form's own FormData,
 * and the server parses it again.
 */
export const callbackZodResolver = perLang((lang) => zodResolver(callbackSchemaFor(lang), undefined, { raw: true }));
