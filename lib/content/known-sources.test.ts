import { describe, expect, it } from "vitest";
import { faqSchema } from "./schemas";
import { parseContent } from "./parse";
import { withKnownSources } from "./known-sources";

const faq = { id: "x", question: "A question?", answer: ["An answer."], sources: ["program-policy"] };

describe("withKnownSources", () => {
  it("accepts sources that content/sources.ts lists", () => {
    expect(parseContent(withKnownSources(faqSchema), faq, "content/faqs.ts").id).toBe("x");
  });

  it("names the item and index of a source that does not exist", () => {
    expect(() =>
      parseContent(
        withKnownSources(faqSchema).array(),
        [faq, { ...faq, sources: ["program-policy", "made-up"] }],
        "content/faqs.ts",
      ),
    ).toThrow(/content\/faqs\.ts: 1\.sources\.1: unknown source "made-up"/);
  });
});
