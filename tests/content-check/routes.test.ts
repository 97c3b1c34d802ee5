import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmlFileForSlug, routeForSlug, slugsFromFileNames } from "./routes";

describe("routes", () => {
  it("maps the home page to / and index.html", () => {
    expect(routeForSlug("home")).toBe("/");
    expect(routeForSlug("faq")).toBe("/faq");
    expect(htmlFileForSlug([path.join("app", "index.html")], "home")).toBe(path.join("app", "index.html"));
  });

  it("finds the HTML where an adapter build puts it, and nothing for a page that was not prerendered", () => {
    const files = [
      path.join("route-cache", "APP_PAGE", "c637", "$", "index.html"),
      path.join("route-cache", "APP_PAGE", "8be5", "$", "faq.html"),
      path.join("route-cache", "APP_PAGE", "8be5", "$", "faq.segments", "x.html"),
      path.join("pages", "404.html"),
    ];
    expect(htmlFileForSlug(files, "home")).toBe(files[0]);
    expect(htmlFileForSlug(files, "faq")).toBe(files[1]);
    expect(htmlFileForSlug(files, "admissions")).toBeUndefined();
    expect(htmlFileForSlug(files, "404")).toBeUndefined();
  });

  it("lists MDX pages only, home first", () => {
    expect(slugsFromFileNames(["faq.mdx", "home.mdx", "notes.txt", "admissions.mdx"])).toEqual([
      "home",
      "admissions",
      "faq",
    ]);
  });

  it("finds the Spanish pages under es/, and never takes an English page for a Spanish one", () => {
    const cache = (hash: string, ...name: string[]) => path.join("route-cache", "APP_PAGE", hash, "$", ...name);
    const files = [
      cache("de11", "index.html"),
      cache("c5d9", "faq.html"),
      cache("d2a4", "es.html"),
      cache("7c81", "es", "faq.html"),
      cache("7c81", "es", "faq.segments", "x.html"),
    ];
    expect(htmlFileForSlug(files, "home", "es")).toBe(files[2]);
    expect(htmlFileForSlug(files, "faq", "es")).toBe(files[3]);
    expect(htmlFileForSlug(files, "faq")).toBe(files[1]);
    expect(htmlFileForSlug(files, "home")).toBe(files[0]);
    expect(htmlFileForSlug([cache("c5d9", "faq.html")], "faq", "es")).toBeUndefined();
    expect(htmlFileForSlug([path.join("app", "es", "faq.html")], "faq", "es")).toBe(path.join("app", "es", "faq.html"));
    expect(htmlFileForSlug(files, "admissions", "es")).toBeUndefined();
  });
});
