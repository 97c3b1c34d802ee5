import { describe, expect, it } from "vitest";
import { readContentFiles, realProgramFacts } from "./content-files";
import {
  findBrokenLinks,
  findHandTypedFacts,
  findSourceIssues,
  findTermIssues,
  programFactPatterns,
} from "./source-rules";

const facts = programFactPatterns({
  lengthWeeks: 8,
  daysPerWeek: [4],
  hoursPerWeek: [12],
  hoursPerSession: [3],
  clockTimes: ["6:00 PM"],
  phones: ["(555) 555-0142"],
  names: ["Riverbend IOP", "Riverbend", "Maple Hollow", "Eastern time"],
});

describe("term list", () => {
  it("fails a second word for a concept, naming the file, the line and the preferred word", () => {
    const issues = findTermIssues([
      {
        path: "content/pages/bad.mdx",
        text: "Hello.\nYou meet your therapist one-on-one.\nThen regular outpatient care.",
      },
    ]);
    expect(issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      'content/pages/bad.mdx:2 "therapist": say "counselor" for the person you see for one-to-one sessions and the assessment',
      'content/pages/bad.mdx:3 "regular outpatient": say "standard outpatient care" for the level of care below IOP',
      'content/pages/bad.mdx:2 "one-on-one": say "one-to-one" for time alone with your counselor',
    ]);
  });

  it("passes the preferred words, and service names such as family therapy", () => {
    expect(findTermIssues([{ path: "x.ts", text: "Family therapy with your counselor, one-to-one." }])).toEqual([]);
  });
});

describe("program facts typed by hand", () => {
  it("fails the program's own weeks, days, hours, times, phone numbers, name and places", () => {
    const text = [
      "Our program lasts 8 weeks.",
      "You come four evenings a week,",
      "for 12 hours a week,",
      "in 3-hour sessions,",
      "from 6:00 PM.",
      "Call (555) 555-0142 or 1-800-662-4357.",
      "Welcome to Riverbend IOP, in Maple Hollow.",
      "Hours are Eastern time. Riverbends bend.",
      "El programa dura ocho semanas.",
    ].join("\n");
    const issues = findHandTypedFacts([{ path: "content/pages/bad.mdx", text }], facts);
    expect(issues.map((i) => `${i.line} ${i.message.split(" typed")[0]}`)).toEqual([
      '1 program length "8 weeks"',
      '9 program length "ocho semanas"',
      '2 days a week "four evenings a week"',
      '3 hours a week "12 hours a week"',
      '4 hours a session "3-hour session"',
      '5 session or phone time "6:00 PM"',
      '6 phone number "(555) 555-0142"',
      '7 program name or place "Riverbend IOP"',
      '7 program name or place "Maple Hollow"',
      '8 program name or place "Eastern time"',
      '6 phone number "1-800-662-4357"',
    ]);
  });

  it("passes ranges about other programs and facts that are not the program's", () => {
    const text =
      "Most IOPs last 8 to 12 weeks. IOP means 9 hours a week or more. Call 988 or 911. Duran de 8 a 12 semanas.";
    expect(findHandTypedFacts([{ path: "x.mdx", text }], facts)).toEqual([]);
  });

  it("finds none in the real content files", () => {
    expect(findHandTypedFacts(readContentFiles(process.cwd()), realProgramFacts())).toEqual([]);
  });
});

describe("sources", () => {
  it("fails a source with neither a url nor a publication number", () => {
    expect(
      findSourceIssues({
        ok: { url: "https://example.org/" },
        "ok-too": { publication: "HHS Publication No. PEP21-02-01-002" },
        "provider-descriptions": {},
      }),
    ).toEqual([
      {
        file: "content/sources.ts",
        message:
          'source "provider-descriptions" has neither a url nor a publication number, so no reviewer can open it',
      },
    ]);
  });
});

describe("internal links", () => {
  const page = (route: string, main: string) => ({ route, html: `<html><body><main>${main}</main></body></html>` });

  it("fails a link to a page that does not exist, and to an id the page does not have", () => {
    const pages = [
      page(
        "/faq",
        '<a href="/no-such-page">x</a><a href="/services#no-such-service">y</a><a href="/services#ok">z</a>',
      ),
      page("/services", '<section id="ok"></section>'),
    ];
    expect(findBrokenLinks(pages, new Set(["/faq", "/services"])).map((i) => i.message)).toEqual([
      "link to /no-such-page: there is no page /no-such-page",
      'link to /services#no-such-service: /services has no element with id "no-such-service"',
    ]);
  });

  it("ignores outside links, tel: links and same-page anchors", () => {
    const pages = [page("/", '<a href="https://example.org">a</a><a href="tel:911">b</a><a href="#top">c</a>')];
    expect(findBrokenLinks(pages, new Set(["/"]))).toEqual([]);
  });
});
