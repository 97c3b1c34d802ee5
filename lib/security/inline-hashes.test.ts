import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inlineScriptHashes, inlineStyleHashes, stylesheetHashes } from "./inline-hashes";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("inline hashes", () => {
  it("hashes the scripts a browser runs, not external or data scripts", () => {
    const html = `<script>run()</script><script src="/x.js"></script><script type="application/ld+json">{}</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("run()")]);
  });

  it("hashes each distinct <style> element's text exactly", () => {
    const html = `<style data-precedence="next">a{b:c}</style><p>text</p><style>a{b:c}</style><style>\nx{}\n</style>`;
    expect(inlineStyleHashes(html)).toEqual([sha("a{b:c}"), sha("\nx{}\n")]);
  });
});

describe("stylesheetHashes", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "stylesheets-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("hashes every .css file under the build's static folder, as Next inlines them byte for byte", async () => {
    await mkdir(path.join(dir, "chunks"), { recursive: true });
    await writeFile(path.join(dir, "chunks", "a.css"), "body{margin:0}");
    await writeFile(path.join(dir, "chunks", "b.js"), "script()");
    await writeFile(path.join(dir, "z.css"), "p{}");
    expect(stylesheetHashes(dir)).toEqual([sha("body{margin:0}"), sha("p{}")]);
  });

  it("allows no style at all where there is no build (next dev links its stylesheets)", () => {
    expect(stylesheetHashes(path.join(dir, "missing"))).toEqual([]);
  });
});
