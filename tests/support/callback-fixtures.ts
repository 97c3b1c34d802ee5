import type { FieldName } from "@/lib/callback/fields";

/** Named inputs shared by the unit tests and the end-to-end specs. */

export const validSubmission = {
  name: "Jordan Rivera",
  phone: "(555) 555-0117",
  email: "jordan@example.com",
  forWhom: "loved-one",
  relationship: "Parent",
  bestTime: "evening",
  insurance: "medicaid",
  voicemailOk: "no",
  message: "My son is 19. We would like to talk about evening groups.",
  consent: "yes",
  submissionKey: "k7Hq2VwX9pLm4RtZ8sNc1a",
} as const;

/** The fewest fields a person must fill in. */
export const minimalSubmission = {
  name: "Sam Lee",
  phone: "555-555-0123",
  forWhom: "self",
  voicemailOk: "yes",
  consent: "yes",
  submissionKey: "Qw3rTy7uIo9pAs2dFg5hJk",
} as const;

/** Ways people type the same US number, and what it becomes. */
export const phoneFormats: [typed: string, e164: string][] = [
  ["(555) 555-0142", "+15555550142"],
  ["555-555-0142", "+15555550142"],
  ["555.555.0142", "+15555550142"],
  ["555 555 0142", "+15555550142"],
  ["5555550142", "+15555550142"],
  ["+1 555 555 0142", "+15555550142"],
  ["+1 (555) 555-0142", "+15555550142"],
  ["1-555-555-0142", "+15555550142"],
  ["  555-555-0142  ", "+15555550142"],
];

/** Inputs the schema must refuse, with the field that must carry the error. */
export const badInputs: { label: string; field: FieldName; value: unknown }[] = [
  { label: "CRLF header injection in the name", field: "name", value: "Ann\r\nBcc: victim@example.com" },
  { label: "bare LF in the name", field: "name", value: "Ann\nSmith" },
  { label: "percent-encoded CRLF in the name", field: "name", value: "Ann%0d%0aBcc: x@example.com" },
  { label: "entity-encoded line break in the name", field: "name", value: "Ann&#10;Bcc: x@example.com" },
  { label: "escaped newline in the relationship", field: "relationship", value: "aunt\\nBcc: x" },
  { label: "right-to-left override in the name", field: "name", value: "Ann\u202Egpj.exe" },
  { label: "bidi isolate in the relationship", field: "relationship", value: "aunt\u2066x\u2069" },
  { label: "null byte in the name", field: "name", value: "Ann\u0000" },
  { label: "null byte in the message", field: "message", value: "hello\u0000world" },
  { label: "bidi override in the message", field: "message", value: "call \u202Eme" },
  { label: "markup in the name", field: "name", value: "<script>alert(1)</script>" },
  { label: "a name over its limit", field: "name", value: "a".repeat(101) },
  { label: "a message over its limit", field: "message", value: "a".repeat(1501) },
  { label: "an email over its limit", field: "email", value: `${"a".repeat(250)}@example.org` },
  { label: "a quoted local part with a space", field: "email", value: '"a@evil x"@intake.org' },
  { label: "two addresses in one", field: "email", value: "a@example.org, b@example.org" },
  { label: "an address with a display name", field: "email", value: "Ann <ann@example.org>" },
  { label: "CRLF in the email", field: "email", value: "ann@example.org\r\nBcc: x@example.org" },
  { label: "letters in the phone", field: "phone", value: "1-800-FLOWERS" },
  { label: "an extension written as text", field: "phone", value: "555-555-0142 ext 12" },
  { label: "too few digits", field: "phone", value: "555-0142" },
  { label: "a non-US number", field: "phone", value: "+44 20 7946 0958" },
  { label: "an area code starting with 1", field: "phone", value: "(155) 555-0142" },
  { label: "markup in the phone", field: "phone", value: "<b>5555550142</b>" },
  { label: "an unknown choice for whom", field: "forWhom", value: "neighbor" },
  { label: "an unknown insurance", field: "insurance", value: "gold-plan" },
  { label: "an unknown best time", field: "bestTime", value: "midnight" },
  { label: "voicemail neither yes nor no", field: "voicemailOk", value: "maybe" },
  { label: "consent not given", field: "consent", value: "" },
  { label: "consent with another value", field: "consent", value: "no" },
  { label: "a blank name", field: "name", value: "   " },
  { label: "a name that is not text", field: "name", value: 42 },
];
