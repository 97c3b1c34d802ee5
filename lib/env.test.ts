import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkWritableDirs, EnvError, parseMailEnv, withoutSecrets } from "./env";

describe("parseMailEnv", () => {
  it("works with nothing set: mailbox mode and example addresses", () => {
    const env = parseMailEnv({});
    expect(env.smtpUrl).toBeUndefined();
    expect(env.intakeEmail).toBe("intake@example.org");
    expect(env.outboxDir).toBe(path.resolve(".data/outbox"));
    expect(env.mailboxDir).toBe(path.resolve(".data/mailbox"));
    expect(env.formRateLimit).toBe(5);
    expect(env.trustProxy).toBe(false);
  });

  it("reads every variable", () => {
    const env = parseMailEnv({
      SMTP_URL: "smtps://user:pass@mail.example.net:465",
      INTAKE_EMAIL: "intake@example.net",
      MAIL_FROM: "Riverbend website <web@example.net>",
      OUTBOX_DIR: "/var/lib/site/outbox",
      MAILBOX_DIR: "/var/lib/site/mailbox",
      FORM_RATE_LIMIT: "3",
      TRUST_PROXY: "1",
    });
    expect(env).toMatchObject({
      smtpLoopback: false,
      formRateLimit: 3,
      trustProxy: true,
      outboxDir: "/var/lib/site/outbox",
    });
  });

  it("allows plain SMTP on loopback only", () => {
    expect(parseMailEnv({ SMTP_URL: "smtp://127.0.0.1:2525" }).smtpLoopback).toBe(true);
    expect(parseMailEnv({ SMTP_URL: "smtp://mail.example.net:587" }).smtpLoopback).toBe(false);
    expect(() => parseMailEnv({ SMTP_URL: "smtp://mail.example.net:587?ignoreTLS=true" })).toThrow(
      /SMTP_URL: may not turn TLS/,
    );
  });

  it.each([
    [{ SMTP_URL: "http://mail.example.net" }, /SMTP_URL: must be an smtp/],
    [{ INTAKE_EMAIL: "not an address" }, /INTAKE_EMAIL: must be an email address/],
    [{ MAIL_FROM: "Web <web@example.org>\r\nBcc: x@example.org" }, /MAIL_FROM/],
    [{ FORM_RATE_LIMIT: "five" }, /FORM_RATE_LIMIT: must be a whole number/],
    [{ FORM_RATE_LIMIT: "0" }, /FORM_RATE_LIMIT: must be at least 1/],
    [
      { NODE_ENV: "production", SMTP_URL: "smtps://mail.example.net" },
      /INTAKE_EMAIL: is required in production[\s\S]*MAIL_FROM: is required/,
    ],
  ])("names the bad variable in %j", (source, message) => {
    expect(() => parseMailEnv(source)).toThrow(EnvError);
    expect(() => parseMailEnv(source)).toThrow(message);
  });
});

describe("a bad setting is named, never echoed", () => {
  const SECRET = "S3cretPW";
  it.each([
    ["an empty host", `smtps://user:${SECRET}@`],
    ["a port over 65535", `smtps://user:${SECRET}@mail.example.net:99999`],
    ["a space in the host", `smtps://user:${SECRET}@mail example.net`],
    ["a port that is not a number", `smtp://user:${SECRET}@mail.example.net:abc`],
    ["garbage", `not a url ${SECRET}`],
    ["an empty host with TLS checks off", `smtps://user:${SECRET}@?tls.rejectUnauthorized=false`],
  ])("refuses an SMTP_URL with %s as an EnvError that names SMTP_URL and hides the password", (_label, url) => {
    let thrown: unknown;
    try {
      parseMailEnv({ SMTP_URL: url });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    expect((thrown as Error).message).toMatch(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect((thrown as Error).message).not.toContain(SECRET);
  });

  it.each([
    ["INTAKE_EMAIL", "secret-intake-value"],
    ["MAIL_FROM", "secret <value"],
    ["FORM_RATE_LIMIT", "secret-rate"],
    ["TRUST_PROXY", "secret-flag"],
    ["OUTBOX_RETRY_BASE_MS", "secret-delay"],
    ["OUTBOX_DIR", ""],
  ])("names %s and does not print what it was set to", (name, value) => {
    expect(() => parseMailEnv({ [name]: value })).toThrow(new RegExp(`^  ${name}: `, "m"));
    expect(() => parseMailEnv({ [name]: value })).not.toThrow(/secret/);
  });
});

describe("withoutSecrets", () => {
  it("hides the whole SMTP_URL and its password, raw or percent-decoded, even with an @ in it", () => {
    const env = { SMTP_URL: "smtps://user:p%40ss@word@mail.example.net" };
    const text = "TypeError: Invalid URL smtps://user:p%40ss@word@mail.example.net; pass p@ss@word or p%40ss@word";
    const out = withoutSecrets(text, env);
    expect(out).not.toMatch(/p%40ss|p@ss|word/);
    expect(out).toContain("Invalid URL");
    expect(withoutSecrets("nothing to hide", {})).toBe("nothing to hide");
  });
});

describe("checkWritableDirs", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "env-dirs-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("creates the outbox and leaves nothing behind in it or its folders", async () => {
    const outbox = path.join(dir, "outbox");
    await checkWritableDirs(parseMailEnv({ SMTP_URL: "smtp://127.0.0.1:2525", OUTBOX_DIR: outbox }));
    expect(await readdir(outbox)).toEqual([]);
    await checkWritableDirs(parseMailEnv({ SMTP_URL: "smtp://127.0.0.1:2525", OUTBOX_DIR: outbox }));
    expect(await readdir(outbox)).toEqual([]);
  });

  it("names OUTBOX_DIR when it cannot be written, and MAILBOX_DIR only when mail goes there", async () => {
    const file = path.join(dir, "a-file");
    await writeFile(file, "");
    const blocked = path.join(file, "outbox");
    await expect(
      checkWritableDirs(parseMailEnv({ SMTP_URL: "smtp://127.0.0.1:2525", OUTBOX_DIR: blocked, MAILBOX_DIR: blocked })),
    ).rejects.toThrow(/^ {2}OUTBOX_DIR: cannot write to .* \(ENOTDIR\)$/m);
    await expect(
      checkWritableDirs(parseMailEnv({ SMTP_URL: "smtp://127.0.0.1:2525", OUTBOX_DIR: blocked, MAILBOX_DIR: blocked })),
    ).rejects.not.toThrow(/MAILBOX_DIR/);
    await expect(
      checkWritableDirs(parseMailEnv({ OUTBOX_DIR: path.join(dir, "ok"), MAILBOX_DIR: blocked })),
    ).rejects.toThrow(EnvError);
  });
});
