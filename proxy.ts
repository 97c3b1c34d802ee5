import { type NextRequest, NextResponse } from "next/server";
import path from "node:path";
import { sameOrigin } from "@/lib/callback/handle-submission";
import {
  nextAcceptsOrigin,
  REFUSAL_HEADER,
  REFUSAL_PARAM,
  refusalFromHeaders,
  refusalKind,
  type Refusal,
} from "@/lib/callback/refusal";
import { mailEnv } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { stylesheetHashes } from "@/lib/security/inline-hashes";

const dev = process.env.NODE_ENV === "development";
// Next inlines the stylesheets into the page but puts no nonce on them; they are fixed at build time, so hash them once.
const styleHashes = stylesheetHashes(path.join(process.cwd(), ".next", "static"));

/**
 * A strict CSP for what is rendered per request: /admissions and
 * /es/admissions (a fresh form key per visit) and the form's posts without
 * JavaScript, which answer with the page. Each response gets a new nonce,
 * which Next reads from the request's CSP header and puts on its scripts. A
 * server action called with JavaScript (a `Next-Action` header) answers with
 * data, not a page, so it skips the proxy and the time it costs each submission.
 *
 * Posts without JavaScript are checked here first (lib/callback/refusal.ts):
 * Next's action handler would answer one that is too large, unreadable or from
 * `Origin: null` with a bare 500, and people would lose the phone number.
 *
 * Prerendered pages never come here: the build writes each one's CSP, with
 * the hashes of its own inline scripts, beside its HTML
 * (lib/security/csp-build-adapter.mjs). A proxy on every request would cost
 * static pages more than half their throughput. See lib/security/README.md.
 */
export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy({ nonce }, { dev, styleHashes });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.delete(REFUSAL_HEADER);

  let status: number | undefined;
  if (request.method === "POST") {
    const refusal = await checkFormPost(request);
    status = refusal?.status;
    if (refusal?.kind === "origin") {
      // The action refuses a post with no Origin itself and puts back what was typed; without the header Next's
      // own check lets it through to the action instead of throwing. Never accepted: tests/e2e/refusals.spec.ts.
      requestHeaders.delete("origin");
    } else if (refusal) {
      // Not a form content type, so Next renders the page without reading the body or running the action.
      requestHeaders.set("content-type", "text/plain");
      requestHeaders.set(REFUSAL_HEADER, refusal.kind);
    }
  } else {
    // nginx's error_page for its own 413 and 429 asks for the page this way (tests/deploy/nginx.conf).
    const asked = refusalKind(request.nextUrl.searchParams.get(REFUSAL_PARAM));
    if (asked && asked !== "origin") requestHeaders.set(REFUSAL_HEADER, asked);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders }, status });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** The size and type from the headers, then whether the body parses as a form, then the origin. */
async function checkFormPost(request: NextRequest): Promise<Refusal | undefined> {
  const refusal = refusalFromHeaders(request.headers);
  if (refusal) return refusal;
  try {
    // Next has already read the body (at most FORM_POST_LIMIT_BYTES) to hand the proxy a copy of it.
    await request.formData();
  } catch {
    return { kind: "unreadable", status: 400 };
  }
  const ctx = {
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
  };
  if (!nextAcceptsOrigin(request.headers) || !sameOrigin(ctx, mailEnv().trustProxy)) {
    return { kind: "origin", status: 403 };
  }
  return undefined;
}

export const config = {
  // Only the two admissions pages: every other page, in both languages, is prerendered with its CSP stamped at build.
  matcher: [
    { source: "/admissions", missing: [{ type: "header", key: "next-action" }] },
    { source: "/es/admissions", missing: [{ type: "header", key: "next-action" }] },
  ],
};
