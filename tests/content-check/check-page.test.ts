import { describe, expect, it } from "vitest";
import { checkPage } from "./check-page";
import { contentRules } from "./rules";
import { buildSeedIndex } from "./verbatim";

const html = (body: string) => `<html><body><header>Header</header><main>${body}</main></body></html>`;
const easyParagraph = `<p>${"You can call us at any time. We will help you find a plan. ".repeat(10)}</p>`;
const hardParagraph = `<p>${"Comprehensive multidisciplinary interventions necessitate individualized therapeutic considerations. ".repeat(20)}</p>`;

describe("checkPage", () => {
  it("passes a long, plain page", () => {
    const result = checkPage({ slug: "faq", route: "/faq", html: html(easyParagraph) }, undefined);
    expect(result.words).toBeGreaterThanOrEqual(contentRules.minWords);
    expect(result.failures).toEqual([]);
    expect(result.copied).toBeUndefined();
  });

  it("fails a short page on word count, except the admissions page", () => {
    const short = html("<p>Call us now.</p>");
    expect(checkPage({ slug: "faq", route: "/faq", html: short }, undefined).failures).toEqual([
      `3 words of content; at least ${contentRules.minWords} are needed`,
    ]);
    expect(checkPage({ slug: "admissions", route: "/admissions", html: short }, undefined).failures).toEqual([]);
  });

  it("applies the higher grade limit only to the pages allowed it", () => {
    const faq = checkPage({ slug: "faq", route: "/faq", html: html(hardParagraph) }, undefined);
    expect(faq.gradeLimit).toBe(contentRules.gradeLimit);
    expect(faq.failures[0]).toMatch(/^reading grade \d+\.\d is above the limit 8\.0/);
    expect(checkPage({ slug: "evidence", route: "/evidence", html: html(hardParagraph) }, undefined).gradeLimit).toBe(
      contentRules.gradeLimitBySlug.evidence,
    );
  });

  it("names the labelling word and the copied run", () => {
    const seeds = buildSeedIndex([{ name: "001.txt", text: "one two three four five six seven eight nine ten" }], 10);
    const result = checkPage(
      {
        slug: "faq",
        route: "/faq",
        html: html(`${easyParagraph}<p>Addicts said one two three four five six seven eight nine ten.</p>`),
      },
      seeds,
    );
    expect(result.failures).toHaveLength(2);
    expect(result.failures[0]).toMatch(/^labelling word "Addicts"/);
    expect(result.failures[1]).toBe(
      '10 words copied from seeds/001.txt: "one two three four five six seven eight nine ten"',
    );
  });

  it("fails a page with no <main>", () => {
    expect(checkPage({ slug: "faq", route: "/faq", html: "<p>Hi</p>" }, undefined).failures).toEqual([
      "no <main> element in the page",
    ]);
  });
});
