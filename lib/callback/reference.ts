import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: the reference is read aloud over the phone. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A short code a person can quote on the phone, e.g. "K7M4QX2P". 31^8 ≈ 8.5e11 values. */
export function newReference(length = 8): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** The idempotency key put in each rendered form: 128 random bits as 32 hex characters. */
export function newSubmissionKey(): string {
  return globalThis.crypto
    .getRandomValues(new Uint8Array(16))
    .reduce((s, b) => s + b.toString(16).padStart(2, "0"), "");
}
