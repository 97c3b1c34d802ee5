import { describe, expect, it } from "vitest";
import type { PageFacts } from "./spanish-twin-facts";
import { checkTwins, compareTwins } from "./spanish-twins";

const EN_BLOB = "3f2a9c0d5e7b1a2c4d6e8f0a1b2c3d4e5f6a7b8c";

function en(slug: string, over: Partial<PageFacts> = {}): PageFacts {
  return {
    slug,
    lang: "en",
    file: `content/pages/${slug}.mdx`,
    sources: ["program-policy", "asam-criteria"],
    components: ["ProgramLength", "WeeklySchedule"],
    internalLinks: ["/admissions", "/compare", "/schedule#a-typical-week"],
    numbers: ["09:00", "18:00", "2.1", "9"],
    date: "2026-12-03",
    blobId: EN_BLOB,
    ...over,
  };
}

/** The faithful twin of en(slug). */
function es(slug: string, over: Partial<PageFacts> = {}): PageFacts {
  return {
    ...en(slug),
    lang: "es",
    file: `content/pages/es/${slug}.mdx`,
    sources: ["asam-criteria", "program-policy"],
    internalLinks: ["/es/admissions", "/es/compare", "/es/schedule#una-semana-tipica"],
    date: "2026-12-04",
    blobId: "0000000000000000000000000000000000000000",
    translatedFrom: EN_BLOB.slice(0, 12),
    ...over,
  };
}

describe("compareTwins", () => {
  it("passes a faithful twin: sources in another order, anchors in Spanish", () => {
    expect(compareTwins(en("schedule"), es("schedule"))).toEqual([]);
  });

  it.each<[string, Partial<PageFacts>, RegExp]>([
    ["a missing source", { sources: ["program-policy"] }, /^sources in English but not in Spanish: asam-criteria$/],
    [
      "an extra source",
      { sources: ["program-policy", "asam-criteria", "nida"] },
      /^sources in Spanish but not in English: nida$/,
    ],
    [
      "a fact typed instead of its component",
      { components: ["WeeklySchedule"] },
      /components in English but not in Spanish: ProgramLength/,
    ],
    [
      "an extra component",
      { components: ["CrisisNotice", "ProgramLength", "WeeklySchedule"] },
      /components in Spanish but not in English: CrisisNotice/,
    ],
    [
      "a link to an English page",
      { internalLinks: ["/es/admissions", "/compare", "/es/schedule"] },
      /links to the English page \/compare; link to \/es\/compare/,
    ],
    [
      "a missing link",
      { internalLinks: ["/es/admissions", "/es/schedule"] },
      /internal links in English but not in Spanish: \/es\/compare$/,
    ],
    [
      "a link to another page",
      { internalLinks: ["/es/admissions", "/es/faq", "/es/schedule"] },
      /internal links in Spanish but not in English: \/es\/faq/,
    ],
    [
      "a number typed differently",
      { numbers: ["09:00", "18:00", "2.1", "12"] },
      /numbers in English but not in Spanish: 9\nnumbers in Spanish but not in English: 12$/,
    ],
    ["a time changed", { numbers: ["09:00", "19:00", "2.1", "9"] }, /numbers in Spanish but not in English: 19:00/],
    ["a decimal comma", { numbers: ["09:00", "18:00", "2,1", "9"] }, /numbers in Spanish but not in English: 2,1/],
    [
      "a number once instead of twice",
      { numbers: ["09:00", "18:00", "2.1"] },
      /numbers in English but not in Spanish: 9$/,
    ],
    ["no translatedFrom", { translatedFrom: undefined }, /set translatedFrom: "3f2a9c0d5e7b" in its metadata/],
    [
      "a translation of an older English version",
      { translatedFrom: "a1b2c3d4e5f6" },
      /English page \/schedule changed after this translation: `git diff a1b2c3d4e5f6 3f2a9c0d5e7b`/,
    ],
    [
      "a date older than the English change",
      { date: "2026-12-02" },
      /2026-12-02 .* older than the English page's 2026-12-03/,
    ],
  ])("fails %s", (_, override, message) => {
    const problems = compareTwins(en("schedule"), es("schedule", override));
    // A changed item is both missing and extra; every problem is about the one change.
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems.length).toBeLessThanOrEqual(2);
    expect(problems.join("\n")).toMatch(message);
  });

  it("counts repeats: a link or number the English has twice must appear twice", () => {
    const english = en("faq", { internalLinks: ["/admissions", "/admissions"], numbers: ["988", "988"] });
    const problems = compareTwins(english, es("faq", { internalLinks: ["/es/admissions"], numbers: ["988"] }));
    expect(problems).toEqual([
      "internal links in English but not in Spanish: /es/admissions",
      "numbers in English but not in Spanish: 988",
    ]);
    const thrice = compareTwins(en("faq", { numbers: [] }), es("faq", { numbers: ["988", "988", "988"] }));
    expect(thrice).toEqual(["numbers in Spanish but not in English: 988 (×3)"]);
  });

  it("reports a link left in English once, however often it appears", () => {
    const english = en("faq", { internalLinks: ["/admissions", "/admissions", "/compare"] });
    expect(compareTwins(english, es("faq", { internalLinks: ["/admissions", "/admissions", "/es/compare"] }))).toEqual([
      "links to the English page /admissions; link to /es/admissions",
    ]);
  });

  it("accepts any prefix of 7 or more digits of the English blob id", () => {
    expect(compareTwins(en("faq"), es("faq", { translatedFrom: EN_BLOB.slice(0, 7) }))).toEqual([]);
    expect(compareTwins(en("faq"), es("faq", { translatedFrom: EN_BLOB }))).toEqual([]);
  });

  it("maps the home page and file links across languages", () => {
    const english = en("home", { internalLinks: ["/", "/evening-sessions.ics"] });
    expect(compareTwins(english, es("home", { internalLinks: ["/es", "/es/evening-sessions.ics"] }))).toEqual([]);
    expect(compareTwins(english, es("home", { internalLinks: ["/es", "/evening-sessions.ics"] }))).toEqual([
      "links to the English page /evening-sessions.ics; link to /es/evening-sessions.ics",
    ]);
  });
});

describe("checkTwins", () => {
  const english = [en("home"), en("schedule"), en("faq")];

  it("passes when every page has a faithful twin", () => {
    expect(checkTwins(english, [es("faq"), es("home"), es("schedule")], "required")).toEqual({
      problems: [],
      notices: [],
    });
  });

  it("fails for a page without its twin, and for a Spanish page without an English one", () => {
    const { problems } = checkTwins(english, [es("home"), es("faq"), es("privacy")], "required");
    expect(problems).toEqual([
      { route: "/schedule", problem: "has no Spanish twin: write content/pages/es/schedule.mdx" },
      {
        route: "/es/privacy",
        problem: "has no English page: every Spanish page translates one (content/pages/privacy.mdx)",
      },
    ]);
  });

  it("names the Spanish route for a pair that differs", () => {
    const { problems } = checkTwins(english, [es("home"), es("faq", { sources: [] }), es("schedule")], "required");
    expect(problems.map((p) => p.route)).toEqual(["/es/faq"]);
  });

  it("fails every page when Spanish is required and there is none", () => {
    const { problems } = checkTwins(english, [], "required");
    expect(problems.map((p) => p.route)).toEqual(["/", "/schedule", "/faq"]);
  });

  it("passes with no Spanish pages only when the edition is marked not started, and says so", () => {
    expect(checkTwins(english, [], "not-started")).toEqual({
      problems: [],
      notices: [
        "Twin check: the Spanish edition is marked not started, so none of the 3 English pages has a Spanish twin yet.",
      ],
    });
  });

  it("fails the not-started setting once a Spanish page exists, and checks twins as if required", () => {
    const { problems } = checkTwins(english, [es("home")], "not-started");
    expect(problems[0]).toEqual({
      route: "/es",
      problem: '1 Spanish page(s) exist, but the twin check is set to "not-started": set it to "required"',
    });
    expect(problems.slice(1).map((p) => p.route)).toEqual(["/schedule", "/faq"]);
  });

  it("refuses pages given in the wrong list", () => {
    expect(() => checkTwins([es("home")], [], "required")).toThrow(/not an English page/);
    expect(() => checkTwins([], [en("home")], "required")).toThrow(/not a Spanish page/);
  });
});
