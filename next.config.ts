import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import path from "node:path";
import { FORM_POST_LIMIT_BYTES } from "./lib/callback/post-limit";
import { FILE_CSP, securityHeaders } from "./lib/security/csp";
import { siteUrlBuildNotice } from "./lib/site-url";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // After the build, writes each prerendered page's CSP (hashes of its inline scripts) next to its HTML; a workaround
  // for https://github.com/vercel/next.js/issues/95354 (lib/security/README.md says when to delete it).
  adapterPath: path.join(process.cwd(), "lib/security/csp-build-adapter.mjs"),
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages get their CSP from the build (prerendered) or proxy.ts (per request); the files made by app/ routes
      // get a fixed one here, which Next adds from its routes manifest at no cost per request.
      {
        source: "/:file(evening-sessions\\.ics|es/evening-sessions\\.ics|sitemap\\.xml|robots\\.txt|icon\\.svg)",
        headers: [{ key: "Content-Security-Policy", value: FILE_CSP }],
      },
    ];
  },
  // Dev logs every server function call with its arguments; the callback form's state holds what a person typed.
  logging: { serverFunctions: false },
  experimental: {
    // Two root layouts (app/(en), app/es) leave no single layout for a 404; app/global-not-found.tsx is both languages'.
    globalNotFound: true,
    // The stylesheet goes into each page as a <style> element instead of a <link>, so the first paint no longer waits
    // a round trip for it: on a throttled slow phone, the largest paint came 0.3-0.6 s sooner (tests/bench/README.md, "Findings").
    // lib/security allows it by hash in the CSP.
    inlineCss: true,
    serverActions: {
      // lib/callback/post-limit.ts says why 256 kB; proxy.ts refuses a larger post with a page before Next reads it.
      bodySizeLimit: FORM_POST_LIMIT_BYTES,
    },
    // Next copies a post's body for proxy.ts, up to this size (10 MB by default); no larger post is ever read.
    proxyClientMaxBodySize: FORM_POST_LIMIT_BYTES,
  },
};

const withMDX = createMDX();

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    const notice = siteUrlBuildNotice(process.env.SITE_URL);
    // Next loads this file again in each build worker (which it marks IS_NEXT_WORKER, next/dist/lib/worker.js); only
    // the main process says it.
    if (notice && !process.env.IS_NEXT_WORKER) console.warn(notice);
  }
  return withMDX(nextConfig);
}
