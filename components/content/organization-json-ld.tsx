import { program } from "@/content/program";
import { localizedPath, type Lang } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";
import { organizationJsonLd } from "@/lib/structured-data";
import { JsonLd } from "./json-ld";

/**
 * The program as a clinic, for search engines, on the home page of each language: where Google looks for an
 * organization's details. Not on every page, where it would be sent twice more (HTML and RSC payload) for nothing.
 */
export function OrganizationJsonLd({ lang }: { lang: Lang }) {
  return <JsonLd data={organizationJsonLd(program, absoluteUrl(localizedPath(lang, "home")))} />;
}
