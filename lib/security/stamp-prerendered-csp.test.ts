import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stampPrerenderedPages } from "./stamp-prerendered-csp";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("stampPrerenderedPages", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "csp-stamp-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function page(relative: string, html: string, headers: Record<string, string> = { "x-nextjs-prerender": "1" }) {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
    await writeFile(file.replace(/\.html$/, ".meta"), JSON.stringify({ status: 200, headers }));
    return file;
  }
  const metaOf = async (file: string) => JSON.parse(await readFile(file.replace(/\.html$/, ".meta"), "utf8"));

  it("allows each page exactly the inline scripts in its own HTML and keeps Next's headers", async () => {
    const home = await page("route-cache/a/$/index.html", "<script>one()</script><script src='/x.js'></script>");
    const faq = await page(
      "route-cache/b/$/faq.html",
      `<script>two()</script><script type="application/ld+json">{}</script>`,
    );

    expect(new Set(await stampPrerenderedPages(dir))).toEqual(new Set([home, faq]));

    const homeMeta = await metaOf(home);
    expect(homeMeta.status).toBe(200);
    expect(homeMeta.headers["x-nextjs-prerender"]).toBe("1");
    const homeScripts = /script-src ([^;]*)/.exec(homeMeta.headers["content-security-policy"])![1]!.split(" ");
    expect(homeScripts).toEqual(["'self'", sha("one()")]);

    const faqPolicy = (await metaOf(faq)).headers["content-security-policy"];
    expect(faqPolicy).toContain(sha("two()"));
    expect(faqPolicy).not.toContain(sha("one()"));
    expect(faqPolicy).not.toContain(sha("{}"));
    expect(faqPolicy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("leaves HTML without a headers file alone (not a page Next serves from its cache)", async () => {
    const loose = path.join(dir, "pages", "404.html");
    await mkdir(path.dirname(loose), { recursive: true });
    await writeFile(loose, "<script>x()</script>");
    await page("app/_not-found.html", "<script>x()</script>");

    const stamped = await stampPrerenderedPages(dir);
    expect(stamped).toEqual([path.join(dir, "app", "_not-found.html")]);
  });

  it("allows the build's stylesheets and the page's own inline styles, and no other style", async () => {
    const file = await page("route-cache/a/$/index.html", "<style>p{color:red}</style><script>one()</script>");
    await stampPrerenderedPages(dir, ["sha256-built"]);
    const styleSrc = /style-src ([^;]*)/.exec((await metaOf(file)).headers["content-security-policy"])![1]!.split(" ");
    expect(styleSrc).toEqual(["'self'", "'sha256-built'", sha("p{color:red}")]);
    expect(styleSrc).not.toContain("'unsafe-inline'");
  });

  it("replaces a policy from an earlier stamp instead of adding a second", async () => {
    const file = await page("index.html", "<script>new()</script>", {
      "content-security-policy": "script-src 'sha256-old'",
    });
    await stampPrerenderedPages(dir);
    const policy = (await metaOf(file)).headers["content-security-policy"];
    expect(policy).toContain(sha("new()"));
    expect(policy).not.toContain("sha256-old");
  });
});
