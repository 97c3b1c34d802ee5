import { Server, type IncomingMessage, type ServerResponse } from "node:http";

/** The only methods the site answers; a form posts, everything else reads. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;
const allowed = new Set<string>(ALLOWED_METHODS);

declare global {
  var __iopMethodGuard: boolean | undefined;
}

/**
 * Answers any other method with 405 before Next sees it. Next renders pages
 * for PUT or DELETE (200), and a TRACE to /admissions throws inside the
 * proxy's Request constructor ("'TRACE' HTTP method is unsupported", a 500 and
 * a stack in the log) before proxy.ts can run, so this cannot live there.
 * `next start` offers no hook into its HTTP server, so the one `request`
 * event every server emits is wrapped; it is installed by instrumentation.ts,
 * which runs before Next answers its first request.
 */
export function installMethodGuard(): void {
  if (globalThis.__iopMethodGuard) return;
  globalThis.__iopMethodGuard = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (!allowed.has(request.method ?? "")) {
        refuseMethod(response);
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

function refuseMethod(response: ServerResponse): void {
  response.writeHead(405, {
    Allow: ALLOWED_METHODS.join(", "),
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  });
  response.end("Method Not Allowed\n");
}
