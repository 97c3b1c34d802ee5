import { describe, expect, it } from "vitest";
import { validPageMeta } from "@/tests/support/page-meta-fixture";
import { parsePageMeta } from "./pages";

const good = validPageMeta;

describe("page metadata", () => {
  it("accepts a complete record", () => {
    expect(parsePageMeta(good, "content/pages/x.mdx").title).toBe("What is IOP?");
  });

  it("names the file and the field when a date is wrong", () => {
    expect(() => parsePageMeta({ ...good, lastReviewed: "20 Nov 2026" }, "content/pages/faq.mdx")).toThrow(
      /content\/pages\/faq\.mdx: metadata\.lastReviewed: /,
    );
  });

  it("takes a change date only when it is after the review", () => {
    expect(parsePageMeta({ ...good, lastUpdated: "2026-12-03" }, "content/pages/x.mdx").lastUpdated).toBe("2026-12-03");
    expect(() => parsePageMeta({ ...good, lastUpdated: "2026-11-20" }, "content/pages/faq.mdx")).toThrow(
      /metadata\.lastUpdated: lastUpdated is for changes after the review/,
    );
  });

  it("names a missing field", () => {
    const { description: _omit, ...rest } = good;
    expect(() => parsePageMeta(rest, "content/pages/faq.mdx")).toThrow(/metadata\.description/);
  });

  it("rejects a source that content/sources.ts does not list", () => {
    expect(() => parsePageMeta({ ...good, sources: ["made-up"] }, "content/pages/faq.mdx")).toThrow(
      /metadata\.sources\.0: unknown source "made-up"/,
    );
  });

  it("rejects unknown fields, so a typo cannot pass silently", () => {
    expect(() => parsePageMeta({ ...good, lastReveiwed: "2026-11-20" }, "content/pages/faq.mdx")).toThrow(
      /lastReveiwed/,
    );
  });
});
