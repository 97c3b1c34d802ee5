import { describe, expect, it } from "vitest";
import { isSiteUrl } from "./site-url";

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
