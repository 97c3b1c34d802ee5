/**
 * Runs once when the server starts: answers odd HTTP methods with 405
 * (lib/security/method-guard.ts), validates the mail settings and resumes
 * delivery of anything left in the outbox. Node.js only; skipped while
 * `next build` prerenders.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installMethodGuard } = await import("@/lib/security/method-guard");
  installMethodGuard();
  const { startCallbackRuntimeOrExit } = await import("@/lib/callback/runtime");
  await startCallbackRuntimeOrExit();
}
