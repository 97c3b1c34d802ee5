import { FORM_POST_LIMIT_BYTES } from "./post-limit";

/**
 * Posts to /admissions that the form cannot handle, found by proxy.ts before
 * Next's action handler would answer them with a bare "Internal Server Error".
 * Each is answered with the admissions page and a notice saying what happened
 * (components/callback/refusal-notice.tsx), with an honest status.
 *
 * - too-large: more than FORM_POST_LIMIT_BYTES.
 * - unreadable: not a form post (another content type, a missing length, a
 *   broken multipart body).
 * - origin: Origin is "null", missing, malformed or another site's. The
 *   action itself refuses these and keeps what was typed, so the proxy only
 *   makes sure Next's own check does not throw first.
 * - too-many: nginx's per-address limit_req (tests/deploy/nginx.conf), which
 *   asks for the page with ?refused=too-many.
 */
export const REFUSAL_KINDS = ["too-large", "unreadable", "origin", "too-many"] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];
export type Refusal = { kind: RefusalKind; status: number };

/** Set by proxy.ts on the request it passes on; a client's own value is always removed first. */
export const REFUSAL_HEADER = "x-callback-refusal";
/** The query parameter the nginx recipe's error_page uses: /admissions?refused=too-large. */
export const REFUSAL_PARAM = "refused";

export function refusalKind(value: string | null | undefined): RefusalKind | undefined {
  return REFUSAL_KINDS.find((kind) => kind === value);
}

type HeaderSource = { get(name: string): string | null };

/** What can be judged from a POST's headers alone, before its body is read; the body is parsed only if this passes. */
export function refusalFromHeaders(headers: HeaderSource): Refusal | undefined {
  const length = headers.get("content-length");
  // Browsers always send the length of a form post; without it the body's size is unknown until it is read.
  if (length === null || !/^\d+$/.test(length)) return { kind: "unreadable", status: 411 };
  if (Number(length) > FORM_POST_LIMIT_BYTES) return { kind: "too-large", status: 413 };
  // The form is always multipart (React sets it for a server action); Next ignores other bodies and shows an empty form.
  if (!/^multipart\/form-data\s*;/i.test(headers.get("content-type") ?? "")) return { kind: "unreadable", status: 400 };
  return undefined;
}

/**
 * Next.js compares Origin with the first X-Forwarded-Host entry, else Host
 * (next/dist/server/app-render/action-handler.js), and throws for "null", a
 * malformed value or a mismatch, which a post without JavaScript sees as a bare
 * 500. True when Next would let the post reach the action.
 */
export function nextAcceptsOrigin(headers: HeaderSource): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  if (origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return host === (forwarded || headers.get("host"));
}
