import { describe, expect, it } from "vitest";
import { extractMainText, mainTextNodes } from "./extract-text";

const page = `<!DOCTYPE html><html lang="en"><body>
<a href="#main-content">Skip to content</a>
<div role="region" aria-label="Crisis lines">In crisis? Call or text 988.</div>
<header><nav><a href="/">Home</a><a href="/faq">Questions</a></nav></header>
<main id="main-content"><article>
  <h1>What is an IOP?</h1>
  <div class="prose"><p>An IOP meets a few mornings a week. <cite>A Study Title About Substance Abuse</cite> found it helps.</p>
  <ul><li>Group therapy</li><li>Individual sessions</li></ul>
  <table><caption>Week</caption><tr><th scope="row">Monday</th><td>9 to noon</td></tr></table>
  <p data-content-check="skip">Quoted exactly from the law.</p>
  <script>self.__next_f.push("hidden payload")</script></div>
  <aside aria-labelledby="next-step"><h2 id="next-step">Your next step</h2><p>Ask us to call you.</p></aside>
  <section aria-labelledby="page-sources"><h2 id="page-sources">Sources</h2>
    <ol><li><cite>McCarty D, et al. Substance abuse intensive outpatient programs.</cite> A note.</li></ol>
    <p>Page last reviewed: November 20, 2026.</p></section>
</article></main>
<footer><p>Footer words, privacy and accessibility.</p></footer>
</body></html>`;

describe("extractMainText", () => {
  const { text, skipped } = extractMainText(page);

  it("keeps the page's own words", () => {
    for (const expected of [
      "What is an IOP?",
      "An IOP meets a few mornings a week.",
      "found it helps.",
      "Your next step",
      "Ask us to call you.",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("drops everything outside <main>", () => {
    for (const outside of ["Skip to content", "988", "Questions", "Footer words"]) expect(text).not.toContain(outside);
  });

  it("drops the Sources section, citations, scripts and skipped elements", () => {
    for (const dropped of [
      "Sources",
      "McCarty",
      "A Study Title",
      "last reviewed",
      "hidden payload",
      "Quoted exactly",
    ]) {
      expect(text).not.toContain(dropped);
    }
    expect(skipped).toBe(1);
  });

  it("separates blocks with line breaks and table cells with tabs", () => {
    expect(text).toMatch(/Group therapy\nIndividual sessions/);
    expect(text).toMatch(/Monday\t9 to noon/);
  });

  it("fails clearly when there is no <main>", () => {
    expect(() => extractMainText("<html><body><p>Hi</p></body></html>")).toThrow(/no <main>/);
  });
});

describe("mdxProseAsHtml", () => {
  it("keeps the prose of an MDX page and drops metadata, components and Markdown marks", async () => {
    const { mdxProseAsHtml } = await import("./extract-text");
    const html = mdxProseAsHtml(
      'export const metadata = {\n  title: "X",\n};\n\n## Who calls you\n\nOur **own** team calls [you](/faq).\n\n<CallbackForm />\n',
    );
    expect(html).toBe("<main><p>Who calls you</p><p>Our own team calls you.</p></main>");
  });
});

describe("mainTextNodes", () => {
  it("keeps neighbouring elements apart, and leaves out what extractMainText leaves out", () => {
    const html =
      '<header>(555) 555-0100</header><main><p>Call <a href="tel:1">(555) 555-0142</a>.</p><p><a>11</a><a>16</a><a>17</a></p><cite>1-800-000-0000</cite></main>';
    expect(mainTextNodes(html)).toEqual(["Call ", "(555) 555-0142", ".", "11", "16", "17"]);
  });
});
