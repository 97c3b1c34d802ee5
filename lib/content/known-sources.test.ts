import { describe, expect, it } from "vitest";
import { z } from "zod";
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

  it("checks the lists a schema names when its sources sit deeper than the top level", () => {
    const table = z.strictObject({ cells: z.record(z.string(), z.strictObject({ sources: z.array(z.string()) })) });
    const schema = withKnownSources(table, (value) =>
      Object.entries(value.cells).map(([id, cell]) => ({ path: ["cells", id, "sources"], ids: cell.sources })),
    );
    const ok = { cells: { a: { sources: ["program-policy"] } } };
    expect(parseContent(schema, ok, "content/care-levels.ts")).toEqual(ok);
    expect(() =>
      parseContent(schema, { cells: { ...ok.cells, b: { sources: ["made-up"] } } }, "content/care-levels.ts"),
    ).toThrow(/content\/care-levels\.ts: cells\.b\.sources\.0: unknown source "made-up"/);
  });
});
