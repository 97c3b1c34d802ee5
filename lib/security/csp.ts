/**
 * The Content-Security-Policy the site sends. Scripts are allowed from this
 * origin plus either the hashes of a prerendered page's inline scripts or a
 * per-request nonce; styles from this origin plus the hashes of the build's
 * stylesheets, which Next inlines into each page (`experimental.inlineCss`).
 * Never 'unsafe-inline' or 'unsafe-eval' in production. connect-src 'self'
 * means no page can talk to any other host. default-src 'none': anything the
 * page does not name below (frames, media, ...) is refused, which Mozilla's
 * HTTP Observatory also rewards.
 */
export type ScriptAllowance = { hashes: string[] } | { nonce: string };

export function contentSecurityPolicy(
  allow: ScriptAllowance,
  { dev = false, styleHashes = [] as string[] } = {},
): string {
  const scripts = "nonce" in allow ? [`'nonce-${allow.nonce}'`] : allow.hashes.map((h) => `'${h}'`);
  // React's dev tools and Fast Refresh need eval and a websocket; only `next dev` gets them.
  const devScript = dev ? ["'unsafe-eval'"] : [];
  const directives: Record<string, string[]> = {
    "default-src": ["'none'"],
    "script-src": ["'self'", ...scripts, ...devScript],
    "style-src": ["'self'", ...styleHashes.map((h) => `'${h}'`)],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": dev ? ["'self'", "ws:"] : ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (!dev) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** Sent with every response, static files included (see next.config.ts). */
export const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Not "no-referrer": with it Chromium sends `Origin: null` on a same-origin form
  // post, and the callback form's Origin check refuses people without JavaScript.
  // Other sites still get no path, and outbound links also carry rel="noreferrer".
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // No other site may embed our responses (images, scripts, the calendar) in its pages.
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: [
      "accelerometer=()",
      "autoplay=()",
      "camera=()",
      "display-capture=()",
      "geolocation=()",
      "gyroscope=()",
      "magnetometer=()",
      "microphone=()",
      "payment=()",
      "usb=()",
      "interest-cohort=()",
      "browsing-topics=()",
    ].join(", "),
  },
];

/**
 * For responses that are files, not pages (the calendar, sitemap, robots.txt, the icon): they load nothing, so they
 * may load nothing. It matters most for the SVG, which a browser runs as a document when it is opened on its own.
 */
export const FILE_CSP = "default-src 'none'; frame-ancestors 'none'";
