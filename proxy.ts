import { type NextRequest, NextResponse } from "next/server";
import path from "node:path";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { stylesheetHashes } from "@/lib/security/inline-hashes";

const dev = process.env.NODE_ENV === "development";
// Next inlines the stylesheets into the page but puts no nonce on them; they are fixed at build time, so hash them once.
const styleHashes = stylesheetHashes(path.join(process.cwd(), ".next", "static"));

/**
 * A strict CSP for what is rendered per request: /admissions (a fresh form
 * key per visit) and the form's posts without JavaScript, which answer with
 * the page. Each response gets a new nonce, which Next reads from the
 * request's CSP header and puts on its scripts. A server action called with
 * JavaScript (a `Next-Action` header) answers with data, not a page, so it
 * skips the proxy and the time it costs each submission.
 *
 * Prerendered pages never come here: the build writes each one's CSP, with
 * the hashes of its own inline scripts, beside its HTML
 * (lib/security/csp-build-adapter.mjs). A proxy on every request would cost
 * static pages more than half their throughput. See README "Security headers".
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({ nonce }, { dev, styleHashes });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/admissions", missing: [{ type: "header", key: "next-action" }] }],
};
