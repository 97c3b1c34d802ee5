import { describe, expect, it } from "vitest";
import { parseNavigation } from "./navigation";

const valid = {
  home: { slug: "home", label: "Home" },
  requestCall: { slug: "admissions", label: "Request a call" },
  main: [{ slug: "faq", label: "FAQ" }],
  footer: [],
};

describe("parseNavigation", () => {
  it("turns slugs into the routes the app serves them at", () => {
    expect(parseNavigation(valid, "content/navigation.ts")).toEqual({
      home: { href: "/", label: "Home" },
      requestCall: { href: "/admissions", label: "Request a call" },
      main: [{ href: "/faq", label: "FAQ" }],
      footer: [],
    });
  });

  it("names the list and index of a link to a page that does not exist", () => {
    const main = [...valid.main, { slug: "no-such-page", label: "Gone" }];
    expect(() => parseNavigation({ ...valid, main }, "content/navigation.ts")).toThrow(
      /content\/navigation\.ts: main\.1\.slug: no such page in content\/pages/,
    );
  });
});
