/**
 * Runs once when the server starts: validates the mail settings and resumes
 * delivery of anything left in the outbox. Node.js only; skipped while
 * `next build` prerenders. With a bad variable Next.js would answer every
 * request with a 500, so the process stops instead, with the variable named,
 * where a supervisor or a deploy check will see it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startCallbackRuntime } = await import("@/lib/callback/runtime");
  const { EnvError } = await import("@/lib/env");
  try {
    await startCallbackRuntime();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
