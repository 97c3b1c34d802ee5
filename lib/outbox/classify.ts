/**
 * Transient or permanent? A transient failure (the server is down, slow, or
 * answered 4xx) keeps the message in the outbox for another try; a permanent
 * one (5xx, bad credentials, a malformed envelope) would fail the same way
 * forever, so the message is moved aside for a person to handle.
 */
export type FailureKind = "transient" | "permanent";

const PERMANENT_CODES = new Set(["EAUTH", "ENOAUTH", "EOAUTH2", "ECONFIG", "EENVELOPE", "EMESSAGE", "EMAXRECIPIENTS"]);

export function classifyFailure(error: unknown): FailureKind {
  const responseCode = numberProp(error, "responseCode");
  if (responseCode !== undefined) {
    // RFC 5321: 5yz is a permanent negative reply, 4yz transient. 503 only says the session was
    // in the wrong state, so a new connection may succeed (nodemailer's isPermanentResponseCode agrees).
    return responseCode >= 500 && responseCode !== 503 ? "permanent" : "transient";
  }
  const code = stringProp(error, "code");
  if (code && PERMANENT_CODES.has(code)) return "permanent";
  // Connection refused or reset, timeouts, DNS, TLS, a full disk: all may clear up.
  return "transient";
}

/**
 * A short description for logs and the outbox file: codes and the server's
 * reply, never the message. A relay may quote addresses back in its reply;
 * they are blanked, so a log line can never carry a person's email address.
 */
export function describeFailure(error: unknown): string {
  const parts = [stringProp(error, "code"), numberProp(error, "responseCode")?.toString()].filter(Boolean);
  const response = stringProp(error, "response") ?? (error instanceof Error ? error.message : String(error));
  return `${parts.join(" ")} ${response}`
    .replace(/[^\s<>"'@,;:()[\]]+@[^\s<>"'@,;:()[\]]+/g, "<address>")
    .trim()
    .replace(/\s+/g, " ")
    .slice(0, 300);
}

function numberProp(value: unknown, key: string): number | undefined {
  if (typeof value !== "object" || value === null || !(key in value)) return undefined;
  const prop: unknown = Reflect.get(value, key);
  return typeof prop === "number" ? prop : undefined;
}

function stringProp(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null || !(key in value)) return undefined;
  const prop: unknown = Reflect.get(value, key);
  return typeof prop === "string" ? prop : undefined;
}
