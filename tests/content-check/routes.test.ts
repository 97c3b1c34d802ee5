import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmlFileForSlug, routeForSlug, slugsFromFileNames } from "./routes";

describe("routes", () => {
  it("maps the home page to / and index.html", () => {
    expect(routeForSlug("home")).toBe("/");
    expect(routeForSlug("faq")).toBe("/faq");
    expect(htmlFileForSlug("/b/app", "home")).toBe(path.join("/b/app", "index.html"));
    expect(htmlFileForSlug("/b/app", "faq")).toBe(path.join("/b/app", "faq.html"));
  });

  it("lists MDX pages only, home first", () => {
    expect(slugsFromFileNames(["faq.mdx", "home.mdx", "notes.txt", "admissions.mdx"])).toEqual([
      "home",
      "admissions",
      "faq",
    ]);
  });
});
