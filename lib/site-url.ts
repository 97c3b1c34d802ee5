/**
 * The public address of the site, for canonical URLs, the sitemap and Open
 * Graph. Set SITE_URL where you deploy; the default suits `npm run dev`.
 */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}

/** Whether a SITE_URL value can be the site's address: an absolute http(s) URL. */
export function isSiteUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}
