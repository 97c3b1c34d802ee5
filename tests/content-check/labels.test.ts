import { describe, expect, it } from "vitest";
import { findLabellingWords } from "./labels";

const flagged: [text: string, rule: string][] = [
  ["He is an addict.", "addict"],
  ["Addicts deserve care.", "addict"],
  ["She is a former ex-addict.", "addict"],
  ["People who are addicted to opioids", "addicted"],
  ["a drug abuser", "abuser"],
  ["Substance abusers", "abuser"],
  ["treatment for substance abuse", "abuse"],
  ["Drug abuse is common.", "abuse"],
  ["signs of drug and alcohol abuse", "abuse"],
  ["prescription abuse", "abuse"],
  ["abusing drugs", "abuse"],
  ["He is an alcoholic.", "alcoholic"],
  ["a recovering alcoholic who", "alcoholic"],
  ["an alcoholic parent", "alcoholic"],
  ["Alcoholics can recover.", "alcoholics"],
  ["a clean drug test", "clean-dirty-test"],
  ["dirty urine", "clean-dirty-test"],
  ["a dirty UA", "clean-dirty-test"],
  ["clean urine screens", "clean-dirty-test"],
  ["if you test dirty", "clean-dirty-test"],
  ["Her results came back clean.", "clean-dirty-test"],
  ["staying clean", "clean-person"],
  ["clean and sober", "clean-person"],
  ["junkies", "slur"],
];

const allowed = [
  "addiction",
  "addictive drugs",
  "the Substance Abuse and Mental Health Services Administration (SAMHSA)",
  "SUBSTANCE ABUSE AND MENTAL HEALTH SERVICES ADMINISTRATION",
  "the Substance Abuse and Mental\nHealth Services Administration",
  "the National Institute on Drug Abuse (NIDA)",
  "the National Institute on Alcohol Abuse and Alcoholism",
  "SAMHSA's Center for Substance Abuse Treatment",
  "alcoholic drinks",
  "an alcoholic beverage",
  "alcoholic liver disease",
  "non-alcoholic beer",
  "Alcoholics Anonymous meetings",
  "Adult Children of Alcoholics",
  "a person with a substance use disorder",
  "physical or emotional abuse",
  "misuse of prescription drugs",
  "a negative drug test",
  "clean clothes and a clean room",
  "We test for drugs.",
];

describe("findLabellingWords", () => {
  it.each(flagged)("flags %j (%s)", (text, rule) => {
    const hits = findLabellingWords(text);
    expect(hits.map((h) => h.rule)).toEqual([rule]);
    expect(text).toContain(hits[0]?.match);
  });

  it.each(allowed)("allows %j", (text) => {
    expect(findLabellingWords(text)).toEqual([]);
  });

  it("still flags a labelling word next to the SAMHSA name", () => {
    const text = "The Substance Abuse and Mental Health Services Administration studies substance abuse.";
    expect(findLabellingWords(text).map((h) => h.match)).toEqual(["substance abuse"]);
  });

  it("reports every hit in page order with some context", () => {
    const text = `${"Some words before. ".repeat(5)}Addicts and alcoholics.`;
    const hits = findLabellingWords(text);
    expect(hits.map((h) => h.match)).toEqual(["Addicts", "alcoholics"]);
    expect(hits[0]?.context).toContain("before. Addicts and alcoholics.");
    expect(hits[0]?.suggestion).toContain("person with a substance use disorder");
  });
});
