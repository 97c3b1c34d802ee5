import type { Element, ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";

/**
 * What the content check reads: the text a visitor reads in <main>. Header,
 * crisis strip and footer are outside <main>. Inside it we drop the Sources
 * list (citations are other people's words and titles), any <cite>, scripts,
 * and anything an author marks with `data-content-check="skip"`.
 *
 * The escape hatch, for text that must be quoted exactly (a law's wording, a
 * crisis line's official name): wrap it, e.g. in MDX
 *   <span data-content-check="skip">…</span>
 * Use it sparingly; every use is counted and reported by the check.
 */
export const SKIP_ATTRIBUTE = "data-content-check";

const DROPPED = [
  'section[aria-labelledby="page-sources"]',
  "cite",
  "script",
  "style",
  "template",
  "noscript",
  `[${SKIP_ATTRIBUTE}="skip"]`,
].join(", ");

export type ExtractedText = {
  /**
   * hast-util-to-text follows the browser's innerText rules: block elements
   * (paragraphs, headings, list items, rows) end with a line break and table
   * cells are separated by tabs, which the readability step uses as sentence ends.
   */
  text: string;
  /** How many elements were skipped through the escape hatch. */
  skipped: number;
};

export function extractMainText(html: string): ExtractedText {
  const tree = fromHtml(html);
  const main = select("main", tree);
  if (!main) throw new Error("no <main> element in the page");
  const skipped = selectAll(`[${SKIP_ATTRIBUTE}="skip"]`, main).length;
  const dropped = new Set<Element>(selectAll(DROPPED, main));
  return { text: toText(without(main, dropped)), skipped };
}

/**
 * The same text as extractMainText, one string per text node. For rules that
 * look for one written thing, such as a phone number, and must not read two
 * neighbouring elements as one: the source links "11" "16" "17" run together
 * as "111617" in innerText.
 */
export function mainTextNodes(html: string): string[] {
  const main = select("main", fromHtml(html));
  if (!main) throw new Error("no <main> element in the page");
  const dropped = new Set<Element>(selectAll(DROPPED, main));
  const nodes: string[] = [];
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (child.type === "text") nodes.push(child.value);
      else if (child.type === "element" && !dropped.has(child)) walk(child);
    }
  };
  walk(main);
  return nodes;
}

function without(element: Element, dropped: ReadonlySet<Element>): Element {
  const children: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type !== "element") children.push(child);
    else if (!dropped.has(child)) children.push(without(child, dropped));
  }
  return { ...element, children };
}

/**
 * The prose of an MDX page as minimal HTML: the metadata export, JSX elements
 * and Markdown syntax removed, one paragraph per block.
 */
export function mdxProseAsHtml(mdx: string): string {
  const prose = mdx
    .replace(/^export const metadata = \{[\s\S]*?^\};/m, "")
    .replace(/<[A-Z][\s\S]*?\/>/g, "")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_>`]/g, "");
  const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const blocks = prose
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return `<main>${blocks.map((b) => `<p>${escape(b)}</p>`).join("")}</main>`;
}
