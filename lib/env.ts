import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/**
 * Mail and form settings, parsed once at server start (instrumentation.ts) so
 * a typo stops the server with the variable named instead of losing the first
 * request. Pattern from shadcn-ui/taxonomy's env.mjs.
 */

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|::1)$/i;

/** Dev defaults so `npm run dev` works with nothing configured; production with SMTP_URL must name real addresses. */
const DEV_INTAKE_EMAIL = "intake@example.org";
const DEV_MAIL_FROM = "Website <no-reply@example.org>";

const address = z.email({ error: "must be an email address, like intake@example.org" });

/** "Website <no-reply@example.org>" or a bare address; no quotes, no line breaks. */
const mailbox = z
  .string()
  .trim()
  .regex(/^([^<>"\r\n\\]{1,100} )?<[^<>\s]+>$|^[^<>\s"]+$/, {
    error: 'must be an address or "Name <address>", like Website <no-reply@example.org>',
  })
  .refine((value) => address.safeParse(/<([^>]+)>$/.exec(value)?.[1] ?? value).success, {
    error: "must contain a valid email address",
  });

const smtpUrl = z
  .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, like smtps://user:pass@mail.example.org" })
  .superRefine((value, ctx) => {
    // zod runs this even when its own URL check above failed, and `new URL` then throws an error that quotes the
    // whole value, password and all (security review 9d). That failure is already reported; nothing to add.
    const url = parseUrl(value);
    if (!url || LOOPBACK.test(url.hostname)) return;
    // TLS is required off loopback: smtps:// is TLS from the start; smtp:// gets requireTLS (STARTTLS or fail).
    const query = url.searchParams;
    if (query.get("ignoreTLS") === "true" || query.get("tls.rejectUnauthorized") === "false") {
      ctx.addIssue({
        code: "custom",
        message: "may not turn TLS or certificate checks off for a host other than loopback",
      });
    }
  });

/** `new URL` or undefined; URL.parse does the same from Node 20.18 on, and engines allows 20.9. */
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const schema = z
  .object({
    NODE_ENV: z.string().optional(),
    SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), smtpUrl.optional()),
    INTAKE_EMAIL: z.preprocess((v) => (v === "" ? undefined : v), address.optional()),
    MAIL_FROM: z.preprocess((v) => (v === "" ? undefined : v), mailbox.optional()),
    OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
    MAILBOX_DIR: z.string().min(1).default(".data/mailbox"),
    FORM_RATE_LIMIT: z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .default(5),
    TRUST_PROXY: flag.default(false),
    /** First retry delay; later ones double up to an hour. Tests shorten it. */
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production" || !env.SMTP_URL) return;
    for (const key of ["INTAKE_EMAIL", "MAIL_FROM"] as const) {
      if (!env[key])
        ctx.addIssue({ code: "custom", path: [key], message: "is required in production when SMTP_URL is set" });
    }
  });

export type MailEnv = {
  smtpUrl: string | undefined;
  /** True when SMTP_URL points at this machine, where plain SMTP is allowed. */
  smtpLoopback: boolean;
  intakeEmail: string;
  mailFrom: string;
  outboxDir: string;
  mailboxDir: string;
  formRateLimit: number;
  trustProxy: boolean;
  retryBaseMs: number;
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses the given environment; throws an EnvError listing every bad variable. */
export function parseMailEnv(source: Record<string, string | undefined>): MailEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new EnvError(`Invalid mail settings in the environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  return {
    smtpUrl: env.SMTP_URL,
    smtpLoopback: env.SMTP_URL ? LOOPBACK.test(new URL(env.SMTP_URL).hostname) : false,
    intakeEmail: env.INTAKE_EMAIL ?? DEV_INTAKE_EMAIL,
    mailFrom: env.MAIL_FROM ?? DEV_MAIL_FROM,
    outboxDir: path.resolve(env.OUTBOX_DIR),
    mailboxDir: path.resolve(env.MAILBOX_DIR),
    formRateLimit: env.FORM_RATE_LIMIT,
    trustProxy: env.TRUST_PROXY,
    retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
  };
}

/**
 * Creates each folder the server writes to and proves it can write there now (create, fsync, remove a file in the
 * folder and in each folder inside it), so an unwritable OUTBOX_DIR stops the server at start rather than refusing
 * the first person who asks for a call. Throws an EnvError naming the variable.
 */
export async function checkWritableDirs(env: MailEnv): Promise<void> {
  const dirs: [string, string][] = [["OUTBOX_DIR", env.outboxDir]];
  if (!env.smtpUrl) dirs.push(["MAILBOX_DIR", env.mailboxDir]);
  const problems: string[] = [];
  for (const [name, dir] of dirs) {
    const problem = await writeProblem(dir);
    if (problem) problems.push(`  ${name}: cannot write to ${dir} (${problem})`);
  }
  if (problems.length) throw new EnvError(`Invalid mail settings in the environment:\n${problems.join("\n")}`);
}

async function writeProblem(dir: string): Promise<string | undefined> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const inside = await readdir(dir, { withFileTypes: true });
    for (const folder of [dir, ...inside.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name))]) {
      await probe(folder);
    }
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).name;
  }
}

async function probe(folder: string): Promise<void> {
  const file = path.join(folder, `.write-check-${process.pid}-${randomBytes(4).toString("hex")}`);
  const handle = await open(file, "wx", 0o600);
  try {
    await handle.writeFile("ok");
    await handle.sync();
  } finally {
    await handle.close();
    await rm(file, { force: true });
  }
}

/**
 * The text with the SMTP password and the whole SMTP_URL blotted out, for printing an error whose message we did not
 * write (a library's can quote its input).
 */
export function withoutSecrets(text: string, source: Record<string, string | undefined> = process.env): string {
  const url = source.SMTP_URL;
  if (!url) return text;
  const secrets = [url];
  // Up to the last "@", so a password with a raw "@" in it is hidden whole (too much hidden is fine).
  const password = /^[^:/?#]+:\/\/[^:@/?#]*:(.+)@/.exec(url)?.[1];
  if (password) {
    secrets.push(password);
    try {
      secrets.push(decodeURIComponent(password));
    } catch {
      // Not percent-encoded: the raw form is already covered.
    }
  }
  return secrets.reduce((out, secret) => out.split(secret).join("[hidden]"), text);
}

let cached: MailEnv | undefined;

/** The process environment, parsed on first use and kept. */
export function mailEnv(): MailEnv {
  cached ??= parseMailEnv(process.env);
  return cached;
}
