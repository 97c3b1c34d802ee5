import { describe, expect, it } from "vitest";
import { program } from "@/content/program";
import type { CrisisLine } from "@/lib/content/schemas";
import {
  englishOnlyCrisisTargets,
  knownPaths,
  knownPhoneNumbers,
  readContentFiles,
  realProgramFacts,
  spanishPaths,
} from "./content-files";
import {
  findBrokenLinks,
  findHandTypedFacts,
  findSourceIssues,
  findSpanishLabelIssues,
  findSpanishLinkIssues,
  findTermIssues,
  findUnknownPhoneNumbers,
  isSpanishFile,
  phoneDigits,
  phoneNumbersIn,
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
    ].join("\n");
    const issues = findHandTypedFacts([{ path: "content/pages/bad.mdx", text }], facts);
    expect(issues.map((i) => `${i.line} ${i.message.split(" typed")[0]}`)).toEqual([
      '1 program length "8 weeks"',
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
    const text = "Most IOPs last 8 to 12 weeks. IOP means 9 hours a week or more. Call 988 or 911.";
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

describe("program facts typed by hand, in Spanish", () => {
  it("fails the program's weeks, days, hours, times and phone numbers as a Spanish writer types them", () => {
    const text = [
      "El programa dura ocho semanas.",
      "Viene 4 tardes por semana,",
      "doce horas a la semana,",
      "en sesiones de tres horas.",
      "Empieza a las 6:00 p.m.",
      "o a las 18:00.",
      "Llame al (555) 555-0142.",
    ].join("\n");
    const issues = findHandTypedFacts([{ path: "content/pages/es/bad.mdx", text }], facts);
    expect(issues.map((i) => `${i.line} ${i.message.split(" typed")[0]}`)).toEqual([
      '1 program length "ocho semanas"',
      '2 days a week "4 tardes por semana"',
      '3 hours a week "doce horas a la semana"',
      '4 hours a session "sesiones de tres horas"',
      '5 session or phone time "6:00 p.m."',
      '6 session or phone time "18:00"',
      '7 phone number "(555) 555-0142"',
    ]);
  });

  it("passes ranges about other programs and facts that are not the program's", () => {
    const text =
      "Muchos IOP duran de 6 a 8 semanas, o entre 8 y 12 semanas. El IOP pide 9 horas por semana. Llame al 988 o al 911. A las 6:00 a.m. no hay sesiones.";
    expect(findHandTypedFacts([{ path: "x.mdx", text }], facts)).toEqual([]);
  });
});

describe("the Spanish files", () => {
  it("are content/pages/es and content/es, nothing else", () => {
    expect(isSpanishFile("content/pages/es/faq.mdx")).toBe(true);
    expect(isSpanishFile("content/es/faqs.ts")).toBe(true);
    expect(isSpanishFile("content/pages/faq.mdx")).toBe(false);
    expect(isSpanishFile("content/espanol.ts")).toBe(false);
  });

  it("fail on Spanish labelling words, naming file and line; warnings are left to the page notes", () => {
    const files = [{ path: "content/es/faqs.ts", text: "Hola.\nUn adicto puede cambiar.\nLa drogadicción se trata." }];
    expect(findSpanishLabelIssues(files).map((i) => `${i.file}:${i.line} ${i.message.split(";")[0]}`)).toEqual([
      'content/es/faqs.ts:2 labelling word "adicto"',
    ]);
  });

  it("are not held to the English term list (run.ts filters them out)", () => {
    const spanish = { path: "content/pages/es/x.mdx", text: "Hable con su terapeuta, uno a uno." };
    expect(findTermIssues([spanish])).toEqual([]);
  });

  it("fail a link to an English page or to a Spanish page that does not exist", () => {
    const text = [
      "Vea el [horario](/es/schedule#horas).",
      "Vea las [preguntas](/faq).",
      'href="/es/no-existe"',
      'links: [{ href: "/", label: "Inicio" }]',
      "[calendario](/evening-sessions.ics) y [inicio](/es)",
    ].join("\n");
    const issues = findSpanishLinkIssues(
      [{ path: "content/es/x.ts", text }],
      new Set(["/es", "/es/schedule"]),
      new Set(["/evening-sessions.ics"]),
    );
    expect(issues.map((i) => `${i.line} ${i.message}`)).toEqual([
      "2 link to the English page /faq in Spanish text; link to /es/faq",
      "3 link to /es/no-existe: there is no Spanish page /es/no-existe",
      "4 link to the English page / in Spanish text; link to /es",
    ]);
  });

  it("fail a phone number that is none of the known numbers, however it is written", () => {
    const known = new Set(["5555550142", "8006624357"]);
    const text = [
      "Llame al (555) 555-0142 o al 1-800-662-4357.",
      "También al 555-555-0124,",
      "al 555.555.0199, al 555 555 0198 o al +1 800 662 4358.",
      "En 1995, 2012 y 2014 hubo 12 estudios; llame al 988 o al 911.",
    ].join("\n");
    const issues = findUnknownPhoneNumbers([{ path: "content/pages/es/x.mdx", text }], known);
    expect(issues.map((i) => `${i.line} ${i.message.split(" is")[0]}`)).toEqual([
      '2 phone number "555-555-0124"',
      '3 phone number "555.555.0199"',
      '3 phone number "555 555 0198"',
      '3 phone number "+1 800 662 4358"',
    ]);
    expect(findUnknownPhoneNumbers([{ path: "/es/x", text: "al 555-555-0124" }], known, { line: false })).toEqual([
      {
        file: "/es/x",
        message:
          'phone number "555-555-0124" is none of the known numbers (content/program.ts, content/crisis-lines.ts)',
      },
    ]);
  });

  it("reads phone numbers as ten digits", () => {
    expect(phoneDigits("+1 (800) 662-4357")).toBe("8006624357");
    expect(phoneNumbersIn("TTY: 1-800-487-4889.")).toEqual(["8004874889"]);
  });
});

describe("the real numbers and links", () => {
  it("know the program's numbers and every crisis-line number, the TTY line included", () => {
    const known = knownPhoneNumbers();
    expect(known).toContain(program.admissionsPhone.e164.slice(-10));
    if (program.textLine) expect(known).toContain(program.textLine.e164.slice(-10));
    expect(known).toContain("8006624357");
    expect(known).toContain("8004874889");
  });

  it("know the pages in both languages", () => {
    expect([...knownPaths(["home", "faq"])].sort()).toEqual(
      [
        "/",
        "/es",
        "/es/evening-sessions.ics",
        "/es/faq",
        "/evening-sessions.ics",
        "/faq",
        "/robots.txt",
        "/sitemap.xml",
      ].sort(),
    );
    expect([...spanishPaths(["home", "faq"])]).toEqual(["/es", "/es/faq", "/es/evening-sessions.ics"]);
  });

  it("leave out of the Spanish pages only the links of crisis lines with no Spanish words", () => {
    const line = (id: string, href: string, textHref?: string): CrisisLine => ({
      id,
      number: id,
      href,
      kind: "crisis",
      name: id,
      action: `Call ${id}`,
      detail: "",
      ...(textHref ? { text: { action: `text ${id}`, href: textHref, or: "or" } } : {}),
    });
    const english = [
      line("911", "tel:911"),
      line("988", "tel:988", "sms:988"),
      line("x", "tel:+15555550100", "sms:555"),
    ];
    expect(englishOnlyCrisisTargets(english, english.slice(0, 2))).toEqual(["tel:+15555550100", "sms:555"]);
    expect(englishOnlyCrisisTargets()).toEqual([]);
  });
});
