import { describe, expect, it } from "vitest";
import { isSiteUrl, siteUrlBuildNotice } from "./site-url";

describe("isSiteUrl", () => {
  it.each(["https://example.org", "https://example.org/", "http://localhost:3000", "https://iop.example.org/care"])(
    "accepts %s",
    (value) => expect(isSiteUrl(value)).toBe(true),
  );

  it.each(["example.org", "www.example.org", "/", "ftp://example.org", "javascript:alert(1)", ""])(
    "refuses %j",
    (value) => expect(isSiteUrl(value)).toBe(false),
  );
});

describe("siteUrlBuildNotice", () => {
  it("says what a deploy needs when SITE_URL is missing, and nothing when it is a real address", () => {
    expect(siteUrlBuildNotice(undefined)).toMatch(/SITE_URL is not set.*http:\/\/localhost:3000/);
    expect(siteUrlBuildNotice("https://example.org")).toBeUndefined();
  });

  it("stops the build on a malformed address, naming it", () => {
    expect(() => siteUrlBuildNotice("example.org")).toThrow(/SITE_URL must be .* \(it is "example\.org"\)/);
  });
});
