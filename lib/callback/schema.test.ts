import { describe, expect, it } from "vitest";
import { badInputs, minimalSubmission, phoneFormats, validSubmission } from "@/tests/support/callback-fixtures";
import { LIMITS } from "./fields";
import { callbackSchema, fieldErrorsFrom } from "./schema";

describe("callbackSchema", () => {
  it("accepts a full request and normalizes the phone", () => {
    const result = callbackSchema.parse(validSubmission);
    expect(result.phone).toEqual({ e164: "+15555550117", display: "(555) 555-0117" });
    expect(result.relationship).toBe(validSubmission.relationship);
    expect(result.consent).toBe(true);
  });

  it("accepts the fewest fields and leaves the optional ones out", () => {
    const result = callbackSchema.parse(minimalSubmission);
    expect(result.email).toBeUndefined();
    expect(result.message).toBeUndefined();
    expect(result.bestTime).toBeUndefined();
  });

  it("treats blank optional fields as not given", () => {
    const result = callbackSchema.parse({ ...minimalSubmission, email: "  ", message: "", insurance: "" });
    expect(result.email).toBeUndefined();
    expect(result.insurance).toBeUndefined();
  });

  it.each(phoneFormats)("reads %j as %s", (typed, e164) => {
    expect(callbackSchema.parse({ ...minimalSubmission, phone: typed }).phone.e164).toBe(e164);
  });

  it.each(badInputs)("refuses $label", ({ field, value }) => {
    const result = callbackSchema.safeParse({ ...validSubmission, [field]: value });
    expect(result.success).toBe(false);
    const { errors } = fieldErrorsFrom(result.error!);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(/\S{3,}/);
  });

  it("says how long a field may be when it is too long", () => {
    const result = callbackSchema.safeParse({ ...validSubmission, message: "x".repeat(LIMITS.message + 1) });
    expect(fieldErrorsFrom(result.error!).errors.message).toBe(`Message must be 1,500 characters or fewer`);
  });

  it("rejects unknown keys", () => {
    const result = callbackSchema.safeParse({ ...validSubmission, bcc: "x@example.org" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe("unrecognized_keys");
  });

  it("keeps line breaks in the message and writes them as LF", () => {
    const result = callbackSchema.parse({ ...minimalSubmission, message: "first\r\nsecond\rthird" });
    expect(result.message).toBe("first\nsecond\nthird");
  });

  it("keeps markup in the message as plain text", () => {
    expect(callbackSchema.parse({ ...minimalSubmission, message: "<b>hi</b>" }).message).toBe("<b>hi</b>");
  });

  it("accepts names in any script", () => {
    expect(callbackSchema.parse({ ...minimalSubmission, name: "José Núñez-O'Brien" }).name).toBe("José Núñez-O'Brien");
    expect(callbackSchema.parse({ ...minimalSubmission, name: "李小龍" }).name).toBe("李小龍");
  });

  it("drops the relationship when the call is for the caller", () => {
    expect(callbackSchema.parse({ ...validSubmission, forWhom: "self" }).relationship).toBeUndefined();
  });

  it("accepts the consent checkbox as react-hook-form reports it", () => {
    expect(callbackSchema.parse({ ...minimalSubmission, consent: true }).consent).toBe(true);
    expect(callbackSchema.safeParse({ ...minimalSubmission, consent: false }).success).toBe(false);
  });

  it("names every missing required field", () => {
    const result = callbackSchema.safeParse({ submissionKey: validSubmission.submissionKey });
    expect(Object.keys(fieldErrorsFrom(result.error!).errors)).toEqual([
      "name",
      "phone",
      "forWhom",
      "voicemailOk",
      "consent",
    ]);
  });

  it("turns a bad submission key into a form-level message", () => {
    const result = callbackSchema.safeParse({ ...validSubmission, submissionKey: "short" });
    const { errors, formError } = fieldErrorsFrom(result.error!);
    expect(errors).toEqual({});
    expect(formError).toMatch(/reload the page/i);
  });
});
