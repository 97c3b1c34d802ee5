import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { prerenderedScriptHashes } from "@/lib/security/prerendered-pages";

const dev = process.env.NODE_ENV === "development";

/**
 * Strict CSP without giving up static pages. A nonce would force every page
 * to render per request; instead a GET of a prerendered page is allowed the
 * hashes of exactly the inline scripts in its HTML. Anything rendered per
 * request (a form post without JavaScript, a page with no prerendered HTML)
 * gets a fresh nonce, which Next reads from the request's CSP header and puts
 * on its scripts. See README "Security headers".
 */
export async function proxy(request: NextRequest) {
  const { method, nextUrl } = request;
  const isRead = method === "GET" || method === "HEAD";
  const isPageRequest = !request.headers.has("rsc");
  const hashes = !dev && isRead && isPageRequest ? await prerenderedScriptHashes(nextUrl.pathname) : undefined;

  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes }));
    return response;
  }

  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({ nonce }, { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not build assets, not files with an extension (robots.txt, sitemap.xml, .ics).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-z0-9]+$).*)"],
};
