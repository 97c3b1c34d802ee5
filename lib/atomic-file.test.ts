import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFileExclusive, writeFileAtomic } from "./atomic-file";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "atomic-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("atomic files", () => {
  it("writes owner-only files and leaves no temp file behind", async () => {
    const file = path.join(dir, "pending", "a.json");
    await writeFileAtomic(file, "one");
    await writeFileAtomic(file, "two");
    expect(await readFile(file, "utf8")).toBe("two");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(path.join(dir, "pending"))).toEqual(["a.json"]);
  });

  it("creates a file once: a second writer of the same name loses and changes nothing", async () => {
    const file = path.join(dir, "pending", "b.json");
    const results = await Promise.all([createFileExclusive(file, "first"), createFileExclusive(file, "second")]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(["first", "second"]).toContain(await readFile(file, "utf8"));
    expect(await readdir(path.join(dir, "pending"))).toEqual(["b.json"]);
  });

  it("makes the folder again if it was removed after an earlier write", async () => {
    const folder = path.join(dir, "pending");
    await writeFileAtomic(path.join(folder, "c.json"), "before");
    await rm(folder, { recursive: true });
    expect(await createFileExclusive(path.join(folder, "d.json"), "after")).toBe(true);
    expect(await readFile(path.join(folder, "d.json"), "utf8")).toBe("after");
  });
});
