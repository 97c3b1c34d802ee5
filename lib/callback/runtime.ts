import "server-only";
import { program } from "@/content/program";
import { whenWeCall } from "@/lib/admissions-hours";
import { checkWritableDirs, EnvError, mailEnv, withoutSecrets, type MailEnv } from "@/lib/env";
import { createTransport } from "@/lib/mail/create-transport";
import type { MailTransport } from "@/lib/mail/transport";
import { Outbox } from "@/lib/outbox/outbox";
import { releaseClaimsOnExit } from "@/lib/outbox/release-on-exit";
import { OutboxWorker } from "@/lib/outbox/worker";
import { RateLimiter } from "@/lib/rate-limit";
import type { HandlerDeps } from "./handle-submission";
import { newReference } from "./reference";

export type CallbackRuntime = {
  env: MailEnv;
  outbox: Outbox;
  transport: MailTransport;
  worker: OutboxWorker;
  deps: HandlerDeps;
};

// instrumentation.ts and the server action are bundled apart, so module state is not shared;
// one runtime per process lives on globalThis instead, or two workers would race for the outbox.
declare global {
  var __iopCallbackRuntime: CallbackRuntime | undefined;
}

const log = {
  info: (message: string) => console.info(`[callback] ${message}`),
  error: (message: string) => console.error(`[callback] ${message}`),
};

/** The process's outbox, transport, worker and rate limit, made on first use from the validated environment. */
export function callbackRuntime(): CallbackRuntime {
  const existing = globalThis.__iopCallbackRuntime;
  if (existing) return existing;
  const env = mailEnv();
  const outbox = new Outbox(env.outboxDir, { retryBaseMs: env.retryBaseMs, log });
  const transport = createTransport(env);
  const worker = new OutboxWorker(outbox, transport, { log });
  const runtime: CallbackRuntime = {
    env,
    outbox,
    transport,
    worker,
    deps: {
      outbox,
      clock: () => new Date(),
      newReference,
      mail: { from: env.mailFrom, to: env.intakeEmail },
      log,
      deliverSoon: () => worker.kick(),
      limiter: new RateLimiter({ perClient: env.formRateLimit }),
      trustProxy: env.trustProxy,
      phoneDisplay: program.admissionsPhone.display,
      whenWeCall: (at, lang) => whenWeCall(program, at, lang),
    },
  };
  globalThis.__iopCallbackRuntime = runtime;
  return runtime;
}

/** Called once at server start: fails loudly on bad settings, resumes delivery of anything left queued, and hands a message mid-send back on SIGTERM. */
export async function startCallbackRuntime(): Promise<void> {
  const runtime = callbackRuntime();
  const { env } = runtime;
  log.info(
    env.smtpUrl
      ? `mail goes to ${env.intakeEmail} by SMTP (${new URL(env.smtpUrl).host}); outbox ${env.outboxDir}`
      : `no SMTP_URL: mail is written as .eml files to ${env.mailboxDir}; outbox ${env.outboxDir}`,
  );
  // Before the first pass claims anything: a deploy's SIGTERM puts a message mid-send back in pending/.
  releaseClaimsOnExit(runtime.outbox, () => runtime.worker.stop(), log);
  await runtime.worker.start();
}

/**
 * Server start: with a bad setting Next.js would answer every request with a
 * 500, so the process stops instead, with the variable named, where a
 * supervisor or a deploy check will see it. Any error stops it, not only a bad
 * variable, and what is printed never holds a setting's value: an error we did
 * not write can quote its input (a URL parser quotes SMTP_URL, password and all).
 */
export async function startCallbackRuntimeOrExit(): Promise<void> {
  try {
    await checkWritableDirs(mailEnv());
    await startCallbackRuntime();
  } catch (error) {
    console.error(startupFailure(error));
    process.exit(1);
  }
}

function startupFailure(error: unknown): string {
  if (error instanceof EnvError) return error.message;
  const kind =
    error instanceof Error
      ? [error.name, (error as NodeJS.ErrnoException).code].filter(Boolean).join(" ")
      : "unknown error";
  const message = error instanceof Error ? withoutSecrets(error.message) : "";
  return `[callback] the callback form could not start (${kind}): ${message}`;
}
