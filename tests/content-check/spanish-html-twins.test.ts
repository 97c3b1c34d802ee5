import { describe, expect, it } from "vitest";
import { compareHtmlTwins, htmlTwinFacts } from "./spanish-html-twins";

const SITE = "https://iop.example";
const head = (lang: string, self: string) => `<html lang="${lang}"><head>
<link rel="canonical" href="${SITE}${self}">
<link rel="alternate" hreflang="en" href="${SITE}/schedule">
<link rel="alternate" hreflang="es" href="${SITE}/es/schedule">
<link rel="alternate" hreflang="x-default" href="${SITE}/schedule">
</head>`;

const ENGLISH = `${head("en", "/schedule")}<body><header><a href="tel:911">911</a><a href="tel:+18006624357">SAMHSA</a></header><main>
<p>Groups meet Monday to Thursday, 6:00 PM to 9:00 PM, for 8 weeks.</p>
<p>Call <a href="tel:+15555550142">(555) 555-0142</a>, or call or <a href="sms:988?&body=HOME">text 988</a>.</p>
<p>The Disaster Distress Helpline: <a href="tel:+18009855990">1-800-985-5990</a>.</p>
<section aria-labelledby="page-sources"><h2 id="page-sources">Sources</h2><p>Page last reviewed: November 20, 2026</p></section>
</main></body></html>`;

const SPANISH = `${head("es", "/es/schedule")}<body><header><a href="tel:911">911</a></header><main>
<p>Los grupos se reúnen de lunes a jueves, de 6:00 p.m. a 9:00 p.m., durante 8 semanas.</p>
<p>Llame al <a href="tel:+15555550142">(555) 555-0142</a>, o llame o <a href="sms:988?&body=AYUDA">envíe AYUDA al 988</a>.</p>
<section aria-labelledby="page-sources"><h2 id="page-sources">Fuentes</h2><p>Revisada el 4 de diciembre de 2026</p></section>
</main></body></html>`;

/** The Disaster Distress Helpline line is left out of the Spanish page in this fixture, as an English-only line. */
const options = { englishOnly: ["tel:+18009855990"] };
/** Its number is in the English text too, so the Spanish fixture mentions it in a line that stays. */
const SPANISH_WITH_NUMBER = SPANISH.replace("</main>", "<p>1-800-985-5990</p></main>");

describe("htmlTwinFacts", () => {
  it("reads lang, canonical, alternates, links and numbers in <main>, leaving out the Sources", () => {
    expect(htmlTwinFacts(ENGLISH)).toEqual({
      lang: "en",
      canonical: `${SITE}/schedule`,
      alternates: { en: `${SITE}/schedule`, es: `${SITE}/es/schedule`, "x-default": `${SITE}/schedule` },
      tel: ["tel:+15555550142", "tel:+18009855990"],
      sms: ["sms:988"],
      numbers: ["0142", "1", "18:00", "21:00", "555", "555", "5990", "8", "800", "985", "988"],
    });
  });
});

describe("compareHtmlTwins", () => {
  it("passes faithful twins, the English-only line aside", () => {
    expect(compareHtmlTwins("schedule", htmlTwinFacts(ENGLISH), htmlTwinFacts(SPANISH_WITH_NUMBER), options)).toEqual(
      [],
    );
  });

  it.each<[string, string, RegExp]>([
    [
      "a wrong <html lang>",
      SPANISH_WITH_NUMBER.replace('lang="es"', 'lang="en"'),
      /<html lang="en"> on \/es\/schedule; it should be "es"/,
    ],
    [
      "a canonical to the English page",
      SPANISH_WITH_NUMBER.replace(`canonical" href="${SITE}/es/schedule`, `canonical" href="${SITE}/schedule`),
      /canonical of \/es\/schedule is/,
    ],
    [
      "a missing x-default",
      SPANISH_WITH_NUMBER.replace(/<link rel="alternate" hreflang="x-default"[^>]*>/, ""),
      /hreflang links of \/es\/schedule/,
    ],
    [
      "a phone link typed wrong",
      SPANISH_WITH_NUMBER.replace('href="tel:+15555550142"', 'href="tel:+15555550124"'),
      /phone links in English but not in Spanish: tel:\+15555550142/,
    ],
    [
      "a missing text link",
      SPANISH_WITH_NUMBER.replace(/<a href="sms:[^"]*">([^<]*)<\/a>/, "$1"),
      /text-message links in English but not in Spanish: sms:988/,
    ],
    [
      "a time typed into the Spanish",
      SPANISH_WITH_NUMBER.replace("9:00 p.m.", "9:30 p.m."),
      /numbers in Spanish but not in English: 21:30/,
    ],
    [
      "a number left out",
      SPANISH_WITH_NUMBER.replace("durante 8 semanas", "durante ocho semanas"),
      /numbers in English but not in Spanish: 8$/,
    ],
  ])("fails %s", (_, spanish, message) => {
    const problems = compareHtmlTwins("schedule", htmlTwinFacts(ENGLISH), htmlTwinFacts(spanish), options);
    expect(problems.join("\n")).toMatch(message);
  });

  it("fails a line left out that is not declared English-only", () => {
    expect(compareHtmlTwins("schedule", htmlTwinFacts(ENGLISH), htmlTwinFacts(SPANISH_WITH_NUMBER))).toEqual([
      "phone links in English but not in Spanish: tel:+18009855990",
    ]);
  });

  it("fails when the English page itself is wrong", () => {
    const english = ENGLISH.replace('lang="en"', 'lang="es"');
    expect(compareHtmlTwins("schedule", htmlTwinFacts(english), htmlTwinFacts(SPANISH_WITH_NUMBER), options)).toEqual([
      '<html lang="es"> on /schedule; it should be "en"',
    ]);
  });
});
