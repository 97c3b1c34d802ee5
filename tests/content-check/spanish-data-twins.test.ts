/**
 * The data-file twin check (spanish-data-twins.ts) over the real pairs,
 * content/<name>.ts against content/es/<name>.ts, then over bad pairs made
 * from the real ones, each breaking one rule, to show that it fails them.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as careLevelsEn from "@/content/care-levels";
import * as careLevelsEs from "@/content/es/care-levels";
import * as faqsEs from "@/content/es/faqs";
import * as safetyEs from "@/content/es/safety";
import * as selfCheckEs from "@/content/es/self-check";
import * as servicesEs from "@/content/es/services";
import * as faqsEn from "@/content/faqs";
import * as safetyEn from "@/content/safety";
import * as selfCheckEn from "@/content/self-check";
import * as servicesEn from "@/content/services";
import type { Faq } from "@/lib/content/schemas";
import { compareDataTwins, type DataModule } from "./spanish-data-twins";

const ROOT = path.resolve(import.meta.dirname, "../..");

const PAIRS: { file: string; english: DataModule; spanish: DataModule }[] = [
  { file: "content/es/faqs.ts", english: faqsEn, spanish: faqsEs },
  { file: "content/es/services.ts", english: servicesEn, spanish: servicesEs },
  { file: "content/es/care-levels.ts", english: careLevelsEn, spanish: careLevelsEs },
  { file: "content/es/self-check.ts", english: selfCheckEn, spanish: selfCheckEs },
  { file: "content/es/safety.ts", english: safetyEn, spanish: safetyEs },
];

describe("Spanish twins of the data files", () => {
  it.each(PAIRS)("$file agrees with its English file and reads easily", ({ file, english, spanish }) => {
    const { problems, readability: r } = compareDataTwins(english, spanish, file);
    console.info(
      `${file}: Fernández-Huerta ${r.fernandezHuerta.toFixed(1)}, INFLESZ ${r.inflesz.toFixed(1)} (${r.infleszBand}), ${r.words} words`,
    );
    expect(problems).toEqual([]);
  });

  it("checks every data file in content/es", () => {
    const files = readdirSync(path.join(ROOT, "content/es"))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => `content/es/${f}`)
      .sort();
    expect(files).toEqual(PAIRS.map((p) => p.file).sort());
  });
});

describe("compareDataTwins on bad pairs", () => {
  const FILE = "content/es/faqs.ts";
  const byId = (faqs: Faq[], id: string) => faqs.find((f) => f.id === id)!;
  /** The real FAQ pair, with `edit` applied to a copy of the Spanish. */
  const faqProblems = (edit: (faqs: Faq[]) => void) => {
    const spanish = structuredClone(faqsEs.faqs);
    edit(spanish);
    return compareDataTwins({ faqs: faqsEn.faqs }, { faqs: spanish }, FILE).problems;
  };

  it("passes the real pair untouched", () => {
    expect(faqProblems(() => {})).toEqual([]);
  });

  it.each<[string, (faqs: Faq[]) => void, RegExp]>([
    [
      "two questions in another order",
      (f) => f.splice(0, 2, f[1]!, f[0]!),
      /^content\/es\/faqs\.ts: faqs: ids differ or are in another order: English how-long-is-iop, iop-vs-inpatient, /,
    ],
    ["a question left out", (f) => f.pop(), /faqs: ids differ .* what-if-i-use; Spanish .*can-family-call$/],
    [
      "an id translated",
      (f) => (byId(f, "medicine").id = "medicinas"),
      /faqs: ids differ .*Spanish .*insurance-statement, medicinas, family-involvement/,
    ],
    [
      "a source left out",
      (f) => byId(f, "medicine").sources.pop(),
      /faqs\[medicine\]\.sources: differs: English \["program-policy","samhsa-tip-63"\], Spanish \["program-policy"\]$/,
    ],
    [
      "sources in another order",
      (f) => byId(f, "medicine").sources.reverse(),
      /faqs\[medicine\]\.sources: differs: English \["program-policy","samhsa-tip-63"\], Spanish \["samhsa-tip-63","program-policy"\]$/,
    ],
    [
      "a link left on the English page",
      (f) => (byId(f, "iop-vs-inpatient").links![0]!.href = "/compare"),
      /faqs\[iop-vs-inpatient\]\.links\[0\]\.href: links to "\/compare"; the English links to "\/compare", so link to "\/es\/compare"$/,
    ],
    [
      "a translated fragment",
      (f) => (byId(f, "medicine").links![0]!.href = "/es/services#medicinas"),
      /links to "\/es\/services#medicinas"; the English links to "\/services#medicine", so link to "\/es\/services#medicine"$/,
    ],
    [
      "links left out",
      (f) => delete byId(f, "medicine").links,
      /faqs\[medicine\]: fields differ or are in another order/,
    ],
    [
      "a number written as a word",
      (f) => (byId(f, "how-long-is-iop").answer[1] = "La mayoría de los programas dura de ocho a 12 semanas."),
      /faqs\[how-long-is-iop\]\.answer: numbers in English but not in Spanish: 4, 8$/,
    ],
    [
      "a number the English lacks",
      (f) => byId(f, "iop-vs-inpatient").answer.push("Hay personal las 24 horas."),
      /faqs\[iop-vs-inpatient\]\.answer: numbers in Spanish but not in English: 24$/,
    ],
    [
      "a crisis number said once where the English says it twice",
      (f) => (byId(f, "what-if-i-use").answer[0] = "Llame al 911. Llame o envíe un texto al 988."),
      /faqs\[what-if-i-use\]\.answer: numbers in English but not in Spanish: 988$/,
    ],
    [
      "a labelling word",
      (f) => (byId(f, "can-family-call").question = "¿Puedo llamar por un adicto de mi familia?"),
      /faqs\[can-family-call\]\.question: labelling word "adicto" in .*; say "persona con un trastorno/,
    ],
    [
      "a warning-level labelling word",
      (f) => byId(f, "after-iop").answer.push("La drogadicción tiene tratamiento."),
      /faqs\[after-iop\]\.answer: labelling word "drogadicción"/,
    ],
  ])("fails %s", (_, edit, expected) => {
    const problems = faqProblems(edit);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("fails Spanish that is hard to read, over the whole file", () => {
    const hard =
      "La intervención terapéutica ambulatoria intensiva proporciona rehabilitación multidisciplinaria especializada, individualizada y coordinada.";
    const problems = faqProblems((f) => f.forEach((faq) => faq.answer.push(hard, hard, hard)));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/es\/faqs\.ts: \(all text\): Fernández-Huerta \d+\.\d is below 60: use shorter/),
    ]);
  });

  it("fails a missing export and a field of another kind", () => {
    expect(
      compareDataTwins({ faqs: [], faqSourceIds: [], safetySources: () => [] }, { faqs: [], safetySources: "no" }, FILE)
        .problems,
    ).toEqual([
      `${FILE}: (exports): exports in English but not in Spanish: faqSourceIds`,
      `${FILE}: safetySources: a function in English, a string in Spanish`,
      `${FILE}: (all text): Fernández-Huerta NaN is below 60: use shorter sentences and everyday words`,
    ]);
  });

  it("fails a table whose cells are missing, added or in another order, and a changed flag", () => {
    const spanish = structuredClone(careLevelsEs.careLevels);
    const hours = spanish.factors.find((f) => f.id === "hours")!;
    const { residential, ...rest } = hours.cells;
    hours.cells = { ...rest, residential: residential! };
    delete spanish.factors.find((f) => f.id === "cost")!.cells.residential;
    spanish.factors.find((f) => f.id === "length")!.cells["partial-hospitalization"] = {
      text: "Varias semanas",
      sources: ["asam-criteria"],
    };
    spanish.levels[2]!.thisProgram = false;
    const problems = compareDataTwins(
      { careLevels: careLevelsEn.careLevels },
      { careLevels: spanish },
      "content/es/care-levels.ts",
    ).problems.map((p) => p.replace("content/es/care-levels.ts: careLevels.", ""));
    expect(problems).toEqual([
      "levels[intensive-outpatient].thisProgram: true in English, false in Spanish",
      "factors[hours].cells: fields differ or are in another order: English residential, partial-hospitalization, intensive-outpatient, outpatient; Spanish partial-hospitalization, intensive-outpatient, outpatient, residential",
      "factors[length].cells: fields differ or are in another order: English residential, intensive-outpatient, outpatient; Spanish residential, intensive-outpatient, outpatient, partial-hospitalization",
      "factors[cost].cells: fields differ or are in another order: English residential, intensive-outpatient; Spanish intensive-outpatient",
    ]);
  });

  it("fails a self-check item that loses its safety flag, or a care-team member too many", () => {
    const selfCheck = structuredClone(selfCheckEs.selfCheck);
    selfCheck.items[0]!.safety = false;
    expect(
      compareDataTwins({ selfCheck: selfCheckEn.selfCheck }, { selfCheck }, "content/es/self-check.ts").problems,
    ).toEqual(["content/es/self-check.ts: selfCheck.items[no-detox-needed].safety: true in English, false in Spanish"]);
    const careTeam = structuredClone(servicesEs.careTeam);
    careTeam.members.push({ role: "Recepción", description: "Le recibe al llegar." });
    expect(
      compareDataTwins({ careTeam: servicesEn.careTeam }, { careTeam }, "content/es/services.ts").problems,
    ).toEqual(["content/es/services.ts: careTeam.members: 3 items in English, 4 in Spanish"]);
  });
});
