import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Pages rendered per request (a fresh form key per visit). next/link would
 * prefetch them whenever a link to them scrolls into view, so every page view
 * would render them on the server once or twice more; they load on click.
 */
const RENDERED_PER_REQUEST = new Set(["/admissions"]);

/** next/link for links inside the site: static pages prefetch as usual, pages rendered per request do not. */
export function AppLink({ href, ...rest }: ComponentProps<typeof Link> & { href: string }) {
  return <Link href={href} {...(RENDERED_PER_REQUEST.has(href) ? { prefetch: false } : {})} {...rest} />;
}
