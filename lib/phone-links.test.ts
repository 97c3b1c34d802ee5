import { describe, expect, it } from "vitest";
import { phoneNumberSplitter, smsHref, telHref } from "./phone-links";

const numbers = new Map([
  ["911", "tel:911"],
  ["988", "tel:988"],
  ["1-800-662-4357", "tel:+18006624357"],
  ["(555) 555-0142", "tel:+15555550142"],
]);
const splitPhoneNumbers = phoneNumberSplitter(numbers);

describe("phoneNumberSplitter", () => {
  it("links a number that follows the word text to its text-message link, where it has one", () => {
    const split = phoneNumberSplitter(numbers, new Map([["988", "sms:988"]]));
    expect(split("Call 988 or text 988, or call 911.")).toEqual([
      "Call ",
      { number: "988", href: "tel:988" },
      " or text ",
      { number: "988", href: "sms:988" },
      ", or call ",
      { number: "911", href: "tel:911" },
      ".",
    ]);
    expect(split("Text 911 only where it is offered.")).toEqual([
      "Text ",
      { number: "911", href: "tel:911" },
      " only where it is offered.",
    ]);
  });

  it("links the number after the Spanish words for texting to its text-message link", () => {
    const split = phoneNumberSplitter(new Map([["988", "tel:988"]]), new Map([["988", "sms:988"]]));
    expect(split("Llame al 988 o envíe un texto al 988. Envíe AYUDA al 988.")).toEqual([
      "Llame al ",
      { number: "988", href: "tel:988" },
      " o envíe un texto al ",
      { number: "988", href: "sms:988" },
      ". Envíe AYUDA al ",
      { number: "988", href: "sms:988" },
      ".",
    ]);
  });

  it("turns each number into a part with its href, keeping the text around it", () => {
    expect(splitPhoneNumbers("Call 911 or call or text 988 right away.")).toEqual([
      "Call ",
      { number: "911", href: "tel:911" },
      " or call or text ",
      { number: "988", href: "tel:988" },
      " right away.",
    ]);
  });

  it("finds numbers with dashes and brackets, at the start and the end", () => {
    expect(splitPhoneNumbers("(555) 555-0142 or 1-800-662-4357")).toEqual([
      { number: "(555) 555-0142", href: "tel:+15555550142" },
      " or ",
      { number: "1-800-662-4357", href: "tel:+18006624357" },
    ]);
  });

  it("leaves a number alone inside a longer run of digits", () => {
    expect(splitPhoneNumbers("Order 19110 and 9880, not 1-911.")).toEqual(["Order 19110 and 9880, not 1-911."]);
  });

  it("returns text without numbers as it is", () => {
    expect(splitPhoneNumbers("No numbers here.")).toEqual(["No numbers here."]);
    expect(phoneNumberSplitter(new Map())("Call 911.")).toEqual(["Call 911."]);
  });
});

describe("telHref and smsHref", () => {
  it("dial and text the E.164 number", () => {
    expect(telHref({ e164: "+15555550142" })).toBe("tel:+15555550142");
    expect(smsHref({ e164: "+15555550142" })).toBe("sms:+15555550142");
  });
});
