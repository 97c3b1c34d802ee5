import type { Metadata } from "next";
import { describe, expect, it } from "vitest";
import {
  langOfPath,
  languageAlternates,
  localizedPath,
  openGraphLocale,
  otherLang,
  pageAlternates,
  parseLang,
  pathInLang,
} from "./locales";

describe("localizedPath", () => {
  it.each([
    ["en", "home", "/"],
    ["es", "home", "/es"],
    ["en", "schedule", "/schedule"],
    ["es", "schedule", "/es/schedule"],
    ["es", "admissions", "/es/admissions"],
  ] as const)("(%s, %s) -> %s", (lang, slug, path) => {
    expect(localizedPath(lang, slug)).toBe(path);
  });
});

describe("langOfPath", () => {
  it.each([
    ["/", "en"],
    ["/schedule", "en"],
    ["/es", "es"],
    ["/es/", "es"],
    ["/es/schedule", "es"],
    ["/es?x=1", "es"],
    ["/es#crisis", "es"],
    ["/espanol", "en"],
    ["/escape", "en"],
  ] as const)("%s is %s", (path, lang) => {
    expect(langOfPath(path)).toBe(lang);
  });
});

describe("pathInLang", () => {
  it.each([
    ["es", "/", "/es"],
    ["es", "/schedule", "/es/schedule"],
    ["es", "/schedule#a-typical-week", "/es/schedule#a-typical-week"],
    ["es", "/admissions?from=faq", "/es/admissions?from=faq"],
    ["es", "/evening-sessions.ics", "/es/evening-sessions.ics"],
    ["es", "/es/schedule", "/es/schedule"],
    ["es", "/es", "/es"],
    ["en", "/es", "/"],
    ["en", "/es/", "/"],
    ["en", "/es/schedule", "/schedule"],
    ["en", "/es#crisis", "/#crisis"],
    ["en", "/schedule", "/schedule"],
    ["en", "/espanol", "/espanol"],
    ["es", "/espanol", "/es/espanol"],
  ] as const)("(%s, %s) -> %s", (lang, path, expected) => {
    expect(pathInLang(lang, path)).toBe(expected);
  });

  it("round-trips every path it maps", () => {
    for (const path of ["/", "/faq", "/faq#cost", "/evening-sessions.ics"]) {
      expect(pathInLang("en", pathInLang("es", path))).toBe(path);
    }
  });

  it("refuses a path that is not a site path", () => {
    expect(() => pathInLang("es", "https://example.org/x")).toThrow(/site path/);
    expect(() => pathInLang("es", "schedule")).toThrow(/site path/);
  });
});

describe("parseLang", () => {
  it("accepts the two languages and falls back to English for anything else", () => {
    expect(parseLang("es")).toBe("es");
    expect(parseLang("en")).toBe("en");
    for (const bad of [null, undefined, "", "ES", "es-US", "fr", 1, ["es"]]) expect(parseLang(bad)).toBe("en");
  });

  it("names the other language", () => {
    expect(otherLang("en")).toBe("es");
    expect(otherLang("es")).toBe("en");
  });
});

describe("pageAlternates", () => {
  it("points the canonical at the page itself and lists every version, x-default at English", () => {
    expect(pageAlternates("es", "schedule")).toEqual({
      canonical: "/es/schedule",
      languages: { en: "/schedule", es: "/es/schedule", "x-default": "/schedule" },
    });
    expect(pageAlternates("en", "home")).toEqual({
      canonical: "/",
      languages: { en: "/", es: "/es", "x-default": "/" },
    });
  });

  it("is reciprocal: both twins list the same set", () => {
    expect(pageAlternates("en", "faq").languages).toEqual(pageAlternates("es", "faq").languages);
  });

  it("fits Next's Metadata type, x-default included", () => {
    const metadata: Metadata = { alternates: pageAlternates("es", "faq") };
    expect(metadata.alternates?.canonical).toBe("/es/faq");
  });

  it("makes absolute URLs for the sitemap", () => {
    const abs = (p: string) => new URL(p, "https://iop.example/").toString();
    expect(languageAlternates("home", abs)).toEqual({
      en: "https://iop.example/",
      es: "https://iop.example/es",
      "x-default": "https://iop.example/",
    });
  });
});

describe("openGraphLocale", () => {
  it("gives the page's locale and the other one as alternate", () => {
    expect(openGraphLocale("es")).toEqual({ locale: "es_US", alternateLocale: ["en_US"] });
    expect(openGraphLocale("en")).toEqual({ locale: "en_US", alternateLocale: ["es_US"] });
  });
});
