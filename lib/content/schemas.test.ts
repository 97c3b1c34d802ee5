import { describe, expect, it } from "vitest";
import { crisisLineSchema, sourceSchema } from "./schemas";

const helpline = {
  id: "samhsa",
  name: "SAMHSA National Helpline",
  number: "1-800-662-4357",
  action: "Call 1-800-662-4357",
  href: "tel:+18006624357",
  kind: "referral",
};

describe("crisis line", () => {
  it("accepts a line whose action and link carry the number it shows", () => {
    expect(crisisLineSchema.parse(helpline).number).toBe("1-800-662-4357");
    expect(
      crisisLineSchema.parse({
        ...helpline,
        number: "988",
        action: "Call 988",
        href: "tel:988",
        text: { action: "text 988", href: "sms:988" },
      }),
    ).toBeTruthy();
  });

  it("rejects a text link that would reach another number, or one that is not a text message", () => {
    const lifeline = { ...helpline, number: "988", action: "Call 988", href: "tel:988" };
    const wrongNumber = crisisLineSchema.safeParse({ ...lifeline, text: { action: "text 988", href: "sms:989" } });
    expect(wrongNumber.error?.issues[0]).toMatchObject({ path: ["text"] });
    expect(crisisLineSchema.safeParse({ ...lifeline, text: { action: "text 988", href: "tel:988" } }).success).toBe(
      false,
    );
    expect(crisisLineSchema.safeParse({ ...lifeline, href: "sms:988" }).success).toBe(false);
  });

  it("rejects an action that does not show the number, since text elsewhere links the number by how it is written", () => {
    const result = crisisLineSchema.safeParse({ ...helpline, action: "Call the Helpline" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["action"], message: "action must show the number" });
  });

  it("rejects a link that would dial another number than the one shown", () => {
    const result = crisisLineSchema.safeParse({ ...helpline, href: "tel:+18006624358" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["href"], message: "href must dial the number shown" });
  });

  it("rejects a number written with anything but digit groups joined by hyphens", () => {
    for (const number of ["1 (800) 662-4357", "1-800--662-4357", "-", ""]) {
      expect(crisisLineSchema.safeParse({ ...helpline, number }).success, number).toBe(false);
    }
  });
});

describe("source", () => {
  it("requires a url or a publication number, so a reviewer can open every source", () => {
    const result = sourceSchema.safeParse({ citation: "Published program descriptions, reviewed by our team." });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["url"],
      message: expect.stringMatching(/url or a publication number/),
    });
    expect(
      sourceSchema.safeParse({ citation: "TIP 63.", publication: "HHS Publication No. PEP21-02-01-002" }).success,
    ).toBe(true);
    expect(sourceSchema.safeParse({ citation: "988.", url: "https://988lifeline.org/" }).success).toBe(true);
  });
});
