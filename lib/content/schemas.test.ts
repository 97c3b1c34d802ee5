import { describe, expect, it } from "vitest";
import { crisisLineSchema, sourceSchema } from "./schemas";

const helpline = {
  id: "samhsa",
  number: "1-800-662-4357",
  href: "tel:+18006624357",
  en: { name: "SAMHSA National Helpline", action: "Call 1-800-662-4357" },
  es: { name: "Línea Nacional de Ayuda de SAMHSA", action: "Llame al 1-800-662-4357" },
  kind: "referral",
};
const lifeline = {
  ...helpline,
  number: "988",
  href: "tel:988",
  textHref: "sms:988",
  en: { name: "988", action: "Call 988", textAction: "text 988" },
  es: { name: "988", action: "Llame al 988", textAction: "envíe AYUDA al 988" },
};

describe("crisis line", () => {
  it("accepts a line whose actions and links carry the number it shows, in both languages", () => {
    expect(crisisLineSchema.parse(helpline).number).toBe("1-800-662-4357");
    expect(crisisLineSchema.parse(lifeline)).toBeTruthy();
    expect(crisisLineSchema.parse({ ...helpline, es: undefined })).toBeTruthy();
  });

  it("rejects a text link that would reach another number, or one that is not a text message", () => {
    const wrongNumber = crisisLineSchema.safeParse({ ...lifeline, textHref: "sms:989" });
    expect(wrongNumber.error?.issues[0]).toMatchObject({ path: ["textHref"] });
    expect(crisisLineSchema.safeParse({ ...lifeline, textHref: "tel:988" }).success).toBe(false);
    expect(crisisLineSchema.safeParse({ ...lifeline, href: "sms:988" }).success).toBe(false);
  });

  it("rejects a text link whose words are missing in one language, or do not show the number", () => {
    const noWords = crisisLineSchema.safeParse({ ...lifeline, es: { name: "988", action: "Llame al 988" } });
    expect(noWords.error?.issues[0]).toMatchObject({ path: ["es"] });
    const hidden = crisisLineSchema.safeParse({ ...lifeline, es: { ...lifeline.es, textAction: "envíe AYUDA" } });
    expect(hidden.error?.issues[0]).toMatchObject({ path: ["es", "textAction"] });
  });

  it("rejects an action that does not show the number, since text elsewhere links the number by how it is written", () => {
    const result = crisisLineSchema.safeParse({ ...helpline, es: { ...helpline.es, action: "Llame a la línea" } });
    expect(result.error?.issues[0]).toMatchObject({ path: ["es", "action"], message: "action must show the number" });
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
