import { describe, expect, it } from "vitest";
import { parseNavigation } from "./navigation";

const valid = {
  home: { slug: "home", label: { en: "Home", es: "Inicio" } },
  requestCall: { slug: "admissions", label: { en: "Request a call", es: "Pedir una llamada" } },
  main: [{ slug: "faq", label: { en: "FAQ", es: "Preguntas" } }],
  footer: [],
};

describe("parseNavigation", () => {
  it("turns slugs into the routes the app serves them at, in each language", () => {
    const nav = parseNavigation(valid, "content/navigation.ts");
    expect(nav.en).toEqual({
      home: { href: "/", label: "Home" },
      requestCall: { href: "/admissions", label: "Request a call" },
      main: [{ href: "/faq", label: "FAQ" }],
      footer: [],
    });
    expect(nav.es).toEqual({
      home: { href: "/es", label: "Inicio" },
      requestCall: { href: "/es/admissions", label: "Pedir una llamada" },
      main: [{ href: "/es/faq", label: "Preguntas" }],
      footer: [],
    });
  });

  it("names the list and index of a link to a page that does not exist", () => {
    const main = [...valid.main, { slug: "no-such-page", label: { en: "Gone", es: "Ya no" } }];
    expect(() => parseNavigation({ ...valid, main }, "content/navigation.ts")).toThrow(
      /content\/navigation\.ts: main\.1\.slug: no such page in content\/pages/,
    );
  });

  it("names a label missing in Spanish", () => {
    const main = [{ slug: "faq", label: { en: "FAQ" } }];
    expect(() => parseNavigation({ ...valid, main }, "content/navigation.ts")).toThrow(
      /content\/navigation\.ts: main\.0\.label\.es/,
    );
  });
});
