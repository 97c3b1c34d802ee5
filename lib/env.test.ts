import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseMailEnv } from "./env";

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
