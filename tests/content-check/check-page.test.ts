import { describe, expect, it } from "vitest";
import { checkPage, type EnglishPageResult, type PageResult, type SpanishPageResult } from "./check-page";
import { contentRules, spanishContentRules } from "./rules";
import { buildSeedIndex } from "./verbatim";

const html = (body: string) => `<html><body><header>Header</header><main>${body}</main></body></html>`;
const easyParagraph = `<p>${"You can call us at any time. We will help you find a plan. ".repeat(10)}</p>`;
const hardParagraph = `<p>${"Comprehensive multidisciplinary interventions necessitate individualized therapeutic considerations. ".repeat(20)}</p>`;

function english(result: PageResult): EnglishPageResult {
  if (result.lang !== "en") throw new Error(`${result.route} was checked as Spanish`);
  return result;
}

function spanish(result: PageResult): SpanishPageResult {
  if (result.lang !== "es") throw new Error(`${result.route} was checked as English`);
  return result;
}

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
    const faq = english(checkPage({ slug: "faq", route: "/faq", html: html(hardParagraph) }, undefined));
    expect(faq.gradeLimit).toBe(contentRules.gradeLimit);
    expect(faq.failures[0]).toMatch(/^reading grade \d+\.\d is above the limit 8\.0/);
    expect(
      english(checkPage({ slug: "evidence", route: "/evidence", html: html(hardParagraph) }, undefined)).gradeLimit,
    ).toBe(contentRules.gradeLimitBySlug.evidence);
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

const easySpanish = `<p>${"Puede llamarnos a cualquier hora. Le ayudamos a hacer un plan. ".repeat(12)}</p>`;
const hardSpanish = `<p>${"Las intervenciones multidisciplinarias individualizadas requieren consideraciones terapéuticas extraordinariamente especializadas. ".repeat(20)}</p>`;

describe("checkPage on a Spanish route", () => {
  it("measures /es and /es/<slug> with the Spanish formulas and reports FH, INFLESZ and Crawford", () => {
    for (const route of ["/es", "/es/faq"]) {
      const result = spanish(
        checkPage({ slug: route === "/es" ? "home" : "faq", route, html: html(easySpanish) }, undefined),
      );
      expect(result.failures).toEqual([]);
      expect(result.fernandezHuerta).toBeGreaterThanOrEqual(spanishContentRules.fernandezHuertaMin);
      expect(result.inflesz).toBeGreaterThan(0);
      expect(result.crawford).toBeGreaterThan(0);
      expect(result.words).toBeGreaterThanOrEqual(contentRules.minWords);
    }
  });

  it("fails hard Spanish text on Fernández-Huerta, not on the English grade", () => {
    const result = spanish(checkPage({ slug: "faq", route: "/es/faq", html: html(hardSpanish) }, undefined));
    expect(result.fernandezHuertaMin).toBe(60);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/^Fernández-Huerta -?\d+\.\d is below 60/);
    expect(result.notes[0]).toMatch(/^INFLESZ/);
    const evidence = spanish(
      checkPage({ slug: "evidence", route: "/es/evidence", html: html(hardSpanish) }, undefined),
    );
    expect(evidence.fernandezHuertaMin).toBe(50);
  });

  it("fails a short Spanish page, except admissions", () => {
    const short = html("<p>Llámenos hoy.</p>");
    expect(checkPage({ slug: "faq", route: "/es/faq", html: short }, undefined).failures).toEqual([
      `2 words of content; at least ${contentRules.minWords} are needed`,
    ]);
    expect(checkPage({ slug: "admissions", route: "/es/admissions", html: short }, undefined).failures).toEqual([]);
  });

  it("fails Spanish labelling words and ignores the English list", () => {
    const result = checkPage(
      {
        slug: "faq",
        route: "/es/faq",
        html: html(`${easySpanish}<p>Un adicto puede pedir ayuda.</p><p>The addict word is English.</p>`),
      },
      undefined,
    );
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/^labelling word "adicto"/);
    expect(result.labels.map((l) => l.match)).toEqual(["adicto"]);
  });

  it("keeps Spanish warning-level words as notes, not failures", () => {
    const result = checkPage(
      { slug: "faq", route: "/es/faq", html: html(`${easySpanish}<p>La drogadicción tiene tratamiento.</p>`) },
      undefined,
    );
    expect(result.failures).toEqual([]);
    expect(result.notes.some((n) => n.includes("drogadicción"))).toBe(true);
  });

  it("runs the copied-run check on Spanish pages too", () => {
    const seeds = buildSeedIndex(
      [{ name: "001.txt", text: "uno dos tres cuatro cinco seis siete ocho nueve diez" }],
      10,
    );
    const result = checkPage(
      {
        slug: "faq",
        route: "/es/faq",
        html: html(`${easySpanish}<p>uno dos tres cuatro cinco seis siete ocho nueve diez</p>`),
      },
      seeds,
    );
    expect(result.failures).toEqual([
      '10 words copied from seeds/001.txt: "uno dos tres cuatro cinco seis siete ocho nueve diez"',
    ]);
  });
});
