/**
 * US phone numbers as people type them: "(555) 555-0142", "555.555.0142",
 * "+1 555 555 0142", "1-555-555-0142". Only digits, spaces and ( ) - . + are
 * accepted; letters (vanity numbers, "ext") are refused so intake never has to
 * guess what was meant.
 */
export type UsPhone = { e164: string; display: string };

/**
 * The number the form and its errors give as an example of what to type, from the range reserved for fiction.
 * Never the program's own number: that changes with content/program.ts, and under "your phone number" it would
 * read as if a person should type ours.
 */
export const EXAMPLE_PHONE = "(555) 555-0199";

export type PhoneProblem = "letters" | "characters" | "not-us" | "length" | "invalid";

const ALLOWED = /^[\d\s().+-]+$/;

export function parseUsPhone(input: string): { ok: true; phone: UsPhone } | { ok: false; problem: PhoneProblem } {
  const text = input.trim();
  if (/\p{L}/u.test(text)) return { ok: false, problem: "letters" };
  if (!ALLOWED.test(text)) return { ok: false, problem: "characters" };
  if (text.indexOf("+") > 0 || (text.startsWith("+") && !/^\+\s*1/.test(text))) return { ok: false, problem: "not-us" };
  let digits = text.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  if (digits.length !== 10) return { ok: false, problem: "length" };
  // North American Numbering Plan: area code and exchange never start with 0 or 1.
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return { ok: false, problem: "invalid" };
  return {
    ok: true,
    phone: {
      e164: `+1${digits}`,
      display: `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
    },
  };
}
