import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugsFromFileNames } from "./routes";
import { gitBlobId, numbersIn, pageFacts } from "./spanish-twin-facts";
import { checkTwins } from "./spanish-twins";

const ENGLISH = `export const metadata = {
  title: "What a week in IOP looks like",
  description: "See a typical week in our program: 3 evenings, 9 hours a week, and what comes after.",
  lastReviewed: "2026-11-20",
  lastUpdated: "2026-12-03",
  reviewer: "clinical director (licensed clinical social worker)",
  sources: ["program-policy", "asam-criteria"],
  nextStep: { href: "/admissions", label: "Request a call", text: "Ask which track could fit your week." },
};

Groups meet from 6:00 PM to 9 PM. See [the levels of care](/compare#level-2) and [costs](/faq).

<WeeklySchedule />

<StepCard href="/what-is-iop" title="Step 1 of 2">Read how IOP works.</StepCard>

{program.textLine && <a href={\`sms:\${program.textLine.e164}\`}>text us</a>}
{program.showCalendar && <EveningCalendarDownload />}

\`\`\`
<NotAComponent /> 24/7
\`\`\`
`;

const blobOf = (text: string) => gitBlobId(text);

const SPANISH = `export const metadata = {
  title: "Cómo es una semana en el IOP",
  description: "Vea una semana típica en nuestro programa: 3 noches, 9 horas por semana, y lo que sigue después.",
  lastReviewed: "2026-12-04",
  reviewer: "directora clínica (trabajadora social clínica con licencia)",
  sources: ["asam-criteria", "program-policy"],
  nextStep: { href: "/es/admissions", label: "Pedir una llamada", text: "Pregunte qué horario le conviene." },
  translatedFrom: "${blobOf(ENGLISH).slice(0, 12)}",
};

Los grupos se reúnen de 6:00 p.m. a 9 p.m. Vea [los niveles de atención](/es/compare#nivel-2) y [los costos](/es/faq).

<WeeklySchedule />

<StepCard href="/es/what-is-iop" title="Paso 1 de 2">Lea cómo funciona el IOP.</StepCard>

{program.textLine && <a href={\`sms:\${program.textLine.e164}\`}>envíenos un mensaje de texto</a>}
{program.showCalendar && <EveningCalendarDownload />}

\`\`\`
<NotAComponent /> 24/7
\`\`\`
`;

describe("pageFacts", () => {
  const en = pageFacts(ENGLISH, { slug: "schedule", lang: "en", file: "content/pages/schedule.mdx" });

  it("reads metadata, components (inside expressions too, not inside code), links and numbers", () => {
    expect(en).toEqual({
      slug: "schedule",
      lang: "en",
      file: "content/pages/schedule.mdx",
      sources: ["program-policy", "asam-criteria"],
      components: ["EveningCalendarDownload", "StepCard", "WeeklySchedule"],
      internalLinks: ["/admissions", "/compare#level-2", "/faq", "/what-is-iop"],
      // 6:00 PM and 9 PM as 18:00 and 21:00; "Step 1 of 2" from the title attribute; 24/7 from the code block;
      // 3 and 9 from the description.
      numbers: ["1", "18:00", "2", "21:00", "24", "3", "7", "9"],
      date: "2026-12-03",
      blobId: blobOf(ENGLISH),
    });
  });

  it("finds a faithful Spanish twin faithful", () => {
    const es = pageFacts(SPANISH, { slug: "schedule", lang: "es", file: "content/pages/es/schedule.mdx" });
    expect(es.translatedFrom).toBe(en.blobId.slice(0, 12));
    expect(checkTwins([en], [es], "required")).toEqual({ problems: [], notices: [] });
  });

  it.each([
    [
      "a program fact typed into the prose",
      (s: string) => s.replace("<WeeklySchedule />", "Tres noches, de 6 a 9."),
      /components in English but not in Spanish: WeeklySchedule/,
    ],
    [
      "a link left in English",
      (s: string) => s.replace("(/es/faq)", "(/faq)"),
      /links to the English page \/faq; link to \/es\/faq/,
    ],
    [
      "a link inside a component left in English",
      (s: string) => s.replace('href="/es/what-is-iop"', 'href="/what-is-iop"'),
      /links to the English page \/what-is-iop/,
    ],
    [
      "a different number in the description",
      (s: string) => s.replace("3 noches", "4 noches"),
      /numbers in English but not in Spanish: 3/,
    ],
    ["a wrong time", (s: string) => s.replace("9 p.m.", "9:30 p.m."), /numbers in Spanish but not in English: 21:30/],
    [
      "a next step to English",
      (s: string) => s.replace('href: "/es/admissions"', 'href: "/admissions"'),
      /links to the English page \/admissions/,
    ],
    [
      "a source left out",
      (s: string) => s.replace('"asam-criteria", ', ""),
      /sources in English but not in Spanish: asam-criteria/,
    ],
  ])("fails %s", (_, edit, message) => {
    const es = pageFacts(edit(SPANISH), { slug: "schedule", lang: "es", file: "content/pages/es/schedule.mdx" });
    expect(
      checkTwins([en], [es], "required")
        .problems.map((p) => p.problem)
        .join("\n"),
    ).toMatch(message);
  });

  it("fails a Spanish page once its English page changes, by a single character", () => {
    const es = pageFacts(SPANISH, { slug: "schedule", lang: "es", file: "content/pages/es/schedule.mdx" });
    const edited = pageFacts(ENGLISH.replace("Read how", "Learn how"), en);
    const { problems } = checkTwins([edited], [es], "required");
    expect(problems).toEqual([
      {
        route: "/es/schedule",
        problem: `the English page /schedule changed after this translation: \`git diff ${en.blobId.slice(0, 12)} ${edited.blobId.slice(0, 12)}\` shows what changed; update the Spanish, then set translatedFrom: "${edited.blobId.slice(0, 12)}"`,
      },
    ]);
  });

  it("names the file and field when the metadata is not what the check reads", () => {
    const file = "content/pages/es/x.mdx";
    expect(() => pageFacts("# Hola", { slug: "x", lang: "es", file })).toThrow(`${file}: no \`export const metadata`);
    expect(() =>
      pageFacts(SPANISH.replace('translatedFrom: "', 'translatedFrom: "zz'), { slug: "x", lang: "es", file }),
    ).toThrow(/translatedFrom/);
    const withTitle = (value: string) => SPANISH.replace('title: "Cómo es una semana en el IOP"', `title: ${value}`);
    expect(() => pageFacts(withTitle("label()"), { slug: "x", lang: "es", file })).toThrow(
      /metadata.title is not a literal/,
    );
    expect(() => pageFacts(withTitle("label"), { slug: "x", lang: "es", file })).toThrow(/title/);
  });
});

describe("numbersIn", () => {
  it.each([
    ["6:00 PM", ["18:00"]],
    ["6:00 p.m.", ["18:00"]],
    ["6:00 p. m.", ["18:00"]],
    ["6 pm", ["18:00"]],
    ["9 AM", ["09:00"]],
    ["12:00 PM y 12:30 a.m.", ["00:30", "12:00"]],
    ["18:00", ["18:00"]],
    ["de 6 a 9", ["6", "9"]],
    ["9 a mediodía", ["9"]],
    ["Llame al 988 o al (888) 448-0302", ["0302", "448", "888", "988"]],
    ["1,500 personas; 1.5 horas; 1,5 horas", ["1,5", "1,500", "1.5"]],
    ["20 de noviembre de 2026", ["20", "2026"]],
  ])("%s -> %j", (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });
});

describe("on this repository", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const pagesDir = path.join(root, "content", "pages");
  const slugs = slugsFromFileNames(readdirSync(pagesDir));

  it("computes the same blob id as git hash-object", () => {
    const files = slugs.map((s) => path.join(pagesDir, `${s}.mdx`));
    const fromGit = execFileSync("git", ["hash-object", ...files], { cwd: root, encoding: "utf8" })
      .trim()
      .split("\n");
    expect(files.map((f) => gitBlobId(readFileSync(f)))).toEqual(fromGit);
  });

  it("reads every English page", () => {
    for (const slug of slugs) {
      const page = pageFacts(readFileSync(path.join(pagesDir, `${slug}.mdx`), "utf8"), {
        slug,
        lang: "en",
        file: slug,
      });
      expect(page.sources.length, slug).toBeGreaterThan(0);
      expect(page.internalLinks.length, slug).toBeGreaterThan(0);
    }
  });
});
