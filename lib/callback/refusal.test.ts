import { describe, expect, it } from "vitest";
import { FORM_POST_LIMIT_BYTES } from "./post-limit";
import { nextAcceptsOrigin, refusalFromHeaders, refusalKind } from "./refusal";

const form = "multipart/form-data; boundary=----x";

describe("refusalFromHeaders", () => {
  it("lets a form post within the limit through", () => {
    const headers = new Headers({ "content-length": String(FORM_POST_LIMIT_BYTES), "content-type": form });
    expect(refusalFromHeaders(headers)).toBeUndefined();
  });

  it("refuses a post one byte over the limit with 413", () => {
    const headers = new Headers({ "content-length": String(FORM_POST_LIMIT_BYTES + 1), "content-type": form });
    expect(refusalFromHeaders(headers)).toEqual({ kind: "too-large", status: 413 });
  });

  it.each([
    ["no length", { "content-type": form }, 411],
    ["a length that is not a number", { "content-length": "12abc", "content-type": form }, 411],
    ["urlencoded", { "content-length": "10", "content-type": "application/x-www-form-urlencoded" }, 400],
    ["JSON", { "content-length": "10", "content-type": "application/json" }, 400],
    ["text", { "content-length": "10", "content-type": "text/plain" }, 400],
    ["no content type", { "content-length": "10" }, 400],
    ["multipart without a boundary", { "content-length": "10", "content-type": "multipart/form-data" }, 400],
  ])("refuses %s as unreadable", (_label, init, status) => {
    expect(refusalFromHeaders(new Headers(init))).toEqual({ kind: "unreadable", status });
  });
});

describe("nextAcceptsOrigin", () => {
  const host = "iop.test";
  it.each([
    [{ host }, true],
    [{ host, origin: "https://iop.test" }, true],
    [{ host, origin: "null" }, false],
    [{ host, origin: "not a url" }, false],
    [{ host, origin: "https://evil.example" }, false],
    [{ host, origin: "https://evil.example", "x-forwarded-host": "evil.example, iop.test" }, true],
    [{ host: "127.0.0.1:3000", origin: "https://iop.test", "x-forwarded-host": "iop.test" }, true],
  ])("%o -> %s", (init, accepted) => {
    expect(nextAcceptsOrigin(new Headers(init))).toBe(accepted);
  });
});

describe("refusalKind", () => {
  it("knows only its own kinds", () => {
    expect(refusalKind("too-large")).toBe("too-large");
    expect(refusalKind("<script>")).toBeUndefined();
    expect(refusalKind(null)).toBeUndefined();
  });
});
