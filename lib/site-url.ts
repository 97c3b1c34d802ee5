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

/**
 * What a build says about SITE_URL, checked where next.config.ts loads: the address is fixed into the pages at build
 * time. A malformed value throws (it would fail later with a bare "Invalid URL"); a missing one is fine for trying
 * the site out, and the returned notice says what a deploy needs. Pure, so the config decides where it prints.
 */
export function siteUrlBuildNotice(value: string | undefined): string | undefined {
  if (value) {
    if (!isSiteUrl(value)) {
      throw new Error(`SITE_URL must be the site's public address, such as https://example.org (it is "${value}").`);
    }
    return undefined;
  }
  return (
    "SITE_URL is not set: this build's canonical links, sitemap, Open Graph and JSON-LD use http://localhost:3000. " +
    "That is fine for trying the site out; to deploy, build with SITE_URL set to the public https:// address."
  );
}
