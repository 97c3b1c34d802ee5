/**
 * What the twin check compares, read from an MDX page's source with the MDX
 * parser the build uses: its metadata, the components it renders, its
 * internal links, the numbers a reader sees, and the git blob id of the file.
 * Regular expressions would miss components and links inside expressions
 * (`{program.textLine && <a href=…>}`) and count JSX inside code as a component.
 */
import { createHash } from "node:crypto";
import { createProcessor } from "@mdx-js/mdx";
import type { Root, RootContent } from "mdast";
import { z } from "zod";
import type { Lang } from "@/lib/i18n/locales";

export type PageFacts = {
  slug: string;
  lang: Lang;
  /** For messages: "content/pages/es/schedule.mdx". */
  file: string;
  sources: readonly string[];
  /** JSX component names (capitalized tags), sorted, each once. */
  components: readonly string[];
  /** Every internal link target ("/schedule#times"), nextStep.href included, sorted, repeats kept. */
  internalLinks: readonly string[];
  /** Numbers in the text a reader sees, times as 24-hour HH:MM, sorted, repeats kept. */
  numbers: readonly string[];
  /** lastUpdated ?? lastReviewed. */
  date: string;
  /** git's blob id of the file's content (`git hash-object <file>`). */
  blobId: string;
  /** Spanish only: the blob id (7 to 40 hex digits) of the English file this translation was checked against. */
  translatedFrom?: string;
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Only the fields the twin check reads; the page loader validates the rest. */
const factsMetaSchema = z.object({
  title: z.string(),
  description: z.string(),
  lastReviewed: isoDate,
  lastUpdated: isoDate.optional(),
  /**
   * A list, or a name the page imports (faq.mdx: `sources: faqSourceIds`); a
   * name is compared as written, so both twins must use the same one.
   */
  sources: z.union([z.array(z.string()), z.object({ expression: z.string() }).transform((e) => [`{${e.expression}}`])]),
  nextStep: z.object({ href: z.string(), label: z.string(), text: z.string() }),
  translatedFrom: z
    .string()
    .regex(/^[0-9a-f]{7,40}$/, "translatedFrom is the English file's git blob id: 7 to 40 lower-case hex digits")
    .optional(),
});

/** `git hash-object` without git: SHA-1 of "blob <bytes>\0<content>". Works in a tarball or a shallow clone. */
export function gitBlobId(content: string | Buffer): string {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** Attributes that hold no visible words. */
const NON_TEXT_ATTRIBUTES = new Set([
  "href",
  "src",
  "id",
  "className",
  "class",
  "key",
  "tone",
  "lang",
  "hrefLang",
  "rel",
]);

export function pageFacts(source: string, page: { slug: string; lang: Lang; file: string }): PageFacts {
  const tree = createProcessor().parse(source) as Root;
  const components = new Set<string>();
  const links: string[] = [];
  const prose: string[] = [];
  let metadata: unknown;

  const addLink = (href: unknown) => {
    if (typeof href === "string" && href.startsWith("/") && !href.startsWith("//")) links.push(href);
  };
  const addAttribute = (name: string, value: unknown) => {
    if (name === "href") addLink(value);
    else if (typeof value === "string" && !NON_TEXT_ATTRIBUTES.has(name) && !name.startsWith("data-"))
      prose.push(value);
  };
  const addComponent = (name: string | null | undefined) => {
    if (name && /^[A-Z]/.test(name)) components.add(name);
  };

  /** JSX written inside `{…}` expressions: ESTree nodes. */
  const visitEstree = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visitEstree);
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown> & { type?: string };
    if (n.type === "JSXOpeningElement") addComponent(jsxName(n.name));
    if (n.type === "JSXText") prose.push(String(n.value));
    if (n.type === "JSXAttribute") {
      const name = jsxName(n.name);
      const value = literalString(n.value) ?? literalString((n.value as { expression?: unknown } | null)?.expression);
      if (name && value !== undefined) addAttribute(name, value);
    }
    for (const [key, child] of Object.entries(n)) if (key !== "loc" && key !== "range") visitEstree(child);
  };

  const visit = (node: Root | RootContent): void => {
    switch (node.type) {
      case "mdxjsEsm": {
        const found = metadataExport(node.data?.estree);
        if (found !== undefined) metadata = found;
        return;
      }
      case "text":
      case "inlineCode":
      case "code":
        prose.push(node.value);
        return;
      case "link":
      case "definition":
        addLink(node.url);
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        visitEstree(node.data?.estree);
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        addComponent(node.name);
        for (const attribute of node.attributes) {
          if (attribute.type === "mdxJsxExpressionAttribute") visitEstree(attribute.data?.estree);
          else if (typeof attribute.value === "string" || attribute.value == null)
            addAttribute(attribute.name, attribute.value);
          else visitEstree(attribute.value.data?.estree);
        }
        break;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);

  if (metadata === undefined) throw new Error(`${page.file}: no \`export const metadata = {…}\``);
  const parsed = factsMetaSchema.safeParse(metadata);
  if (!parsed.success) throw new Error(`${page.file}: metadata: ${z.prettifyError(parsed.error)}`);
  const meta = parsed.data;
  prose.push(meta.title, meta.description, meta.nextStep.label, meta.nextStep.text);
  addLink(meta.nextStep.href);

  return {
    ...page,
    sources: meta.sources,
    components: [...components].sort(),
    internalLinks: links.sort(),
    numbers: numbersIn(prose.join("\n")),
    date: meta.lastUpdated ?? meta.lastReviewed,
    blobId: gitBlobId(source),
    ...(meta.translatedFrom ? { translatedFrom: meta.translatedFrom } : {}),
  };
}

/** "6:00 PM", "6 p.m.", "6:00 p. m." and "18:00" are all "18:00"; "9 AM" is "09:00". */
const TIME_WITH_PERIOD = /(?<![\p{L}\p{N}])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?(?![\p{L}])/giu;
const NUMBER = /\d+(?:[.,:]\d+)*/g;

/**
 * The numbers in a text as a sorted multiset. Times become 24-hour HH:MM so
 * "6:00 PM" and "6:00 p.m." agree; other numbers stay as written, so "1.5" and
 * "1,5" differ (es-US writes 1.5, as Intl does).
 */
export function numbersIn(text: string): string[] {
  const pad = (n: number) => String(n).padStart(2, "0");
  const timesNormalised = text.replace(TIME_WITH_PERIOD, (_, h: string, m: string | undefined, period: string) => {
    const hour = (Number(h) % 12) + (period.toLowerCase() === "p" ? 12 : 0);
    return ` ${pad(hour)}:${m ?? "00"} `;
  });
  return (timesNormalised.match(NUMBER) ?? []).map((n) => (/^\d{1,2}:\d{2}$/.test(n) ? n.padStart(5, "0") : n)).sort();
}

function jsxName(name: unknown): string | undefined {
  const n = name as { type?: string; name?: unknown; object?: unknown; property?: unknown } | undefined;
  if (n?.type === "JSXIdentifier") return String(n.name);
  if (n?.type === "JSXMemberExpression") return `${jsxName(n.object)}.${jsxName(n.property)}`;
  return undefined;
}

function literalString(node: unknown): string | undefined {
  const n = node as {
    type?: string;
    value?: unknown;
    expressions?: unknown[];
    quasis?: { value: { cooked: string } }[];
  };
  if (n?.type === "Literal" && typeof n.value === "string") return n.value;
  if (n?.type === "TemplateLiteral" && n.expressions?.length === 0) return n.quasis?.[0]?.value.cooked;
  return undefined;
}

/** The value of `export const metadata = {…}`, which must be plain literals (as every page's is). */
function metadataExport(program: unknown): unknown {
  const body = (program as { body?: unknown[] } | undefined)?.body ?? [];
  for (const statement of body as { type: string; declaration?: { declarations?: unknown[] } }[]) {
    if (statement.type !== "ExportNamedDeclaration") continue;
    for (const d of (statement.declaration?.declarations ?? []) as { id: { name?: string }; init: unknown }[]) {
      if (d.id.name === "metadata") return literalValue(d.init, "metadata");
    }
  }
  return undefined;
}

function literalValue(node: unknown, path: string): unknown {
  const n = node as { type?: string; value?: unknown; elements?: unknown[]; properties?: unknown[] };
  const text = literalString(n);
  if (text !== undefined) return text;
  if (n?.type === "Literal") return n.value;
  const name = expressionName(n);
  if (name !== undefined) return { expression: name };
  if (n?.type === "ArrayExpression") return (n.elements ?? []).map((e, i) => literalValue(e, `${path}[${i}]`));
  if (n?.type === "ObjectExpression") {
    return Object.fromEntries(
      (n.properties ?? []).map((p) => {
        const prop = p as { type: string; key?: { name?: string; value?: unknown }; value?: unknown };
        const key = prop.key?.name ?? String(prop.key?.value);
        if (prop.type !== "Property")
          throw new Error(`${path}: spread in metadata; the twin check reads literals only`);
        return [key, literalValue(prop.value, `${path}.${key}`)];
      }),
    );
  }
  throw new Error(`${path} is not a literal; the twin check reads literal metadata only`);
}

/** "faqSourceIds" or "program.sources" for an identifier or a member chain; undefined for anything else. */
function expressionName(node: unknown): string | undefined {
  const n = node as { type?: string; name?: string; object?: unknown; property?: unknown; computed?: boolean };
  if (n?.type === "Identifier") return n.name;
  if (n?.type === "MemberExpression" && !n.computed) {
    const object = expressionName(n.object);
    const property = expressionName(n.property);
    return object && property ? `${object}.${property}` : undefined;
  }
  return undefined;
}
