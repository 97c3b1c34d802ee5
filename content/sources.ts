import { z } from "zod";
import { slugSchema, sourceSchema } from "@/lib/content/schemas";
import { parseContent } from "@/lib/content/parse";
import { program } from "@/content/program";

/**
 * Every reference the site cites. Pages, services and FAQs name sources by
 * key; the loader fails the build if a key is not listed here.
 */
export const sources = parseContent(
  z.record(slugSchema, sourceSchema),
  {
    "mccarty-2014": {
      citation:
        'McCarty D, Braude L, Lyman DR, Dougherty RH, Daniels AS, Ghose SS, Delphin-Rittmon ME. "Substance Abuse Intensive Outpatient Programs: Assessing the Evidence." Psychiatric Services. 2014;65(6):718-726.',
      url: "https://doi.org/10.1176/appi.ps.201300249",
      note: "A systematic review (not a meta-analysis) commissioned by SAMHSA, covering studies from 1995 to 2012.",
    },
    "samhsa-tip-47": {
      citation:
        "Center for Substance Abuse Treatment. Substance Abuse: Clinical Issues in Intensive Outpatient Treatment. Treatment Improvement Protocol (TIP) Series, No. 47. HHS Publication No. (SMA) 06-4182. Rockville, MD: Substance Abuse and Mental Health Services Administration; 2006.",
      url: "https://www.ncbi.nlm.nih.gov/books/NBK64093/",
    },
    "samhsa-advisory-2021": {
      citation:
        "Substance Abuse and Mental Health Services Administration. Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders. Advisory, based on TIP 47. Rockville, MD: SAMHSA; 2021.",
      note: "Summarizes TIP 47: core and optional services, who IOP suits, and how it compares with residential care.",
    },
    "iom-treatment-of-addiction": {
      citation:
        'McLellan AT, McKay JR. "The Treatment of Addiction: What Can Research Offer Practice?" Commissioned paper (Appendix D) in: Institute of Medicine; Lamb S, Greenlick MR, McCarty D, editors. Bridging the Gap Between Practice and Research: Forging Partnerships with Community-Based Drug and Alcohol Treatment. Washington, DC: National Academy Press; 1998.',
      url: "https://doi.org/10.17226/6169",
    },
    "asam-criteria": {
      citation:
        "American Society of Addiction Medicine. The ASAM Criteria: Treatment Criteria for Addictive, Substance-Related, and Co-Occurring Conditions. Third edition, 2013; fourth edition, 2023.",
      url: "https://www.asam.org/asam-criteria",
    },
    "samhsa-quality-treatment": {
      citation:
        'Substance Abuse and Mental Health Services Administration. "Finding Quality Treatment for Substance Use Disorders." Rockville, MD.',
      url: "https://www.samhsa.gov/find-help",
    },
    "samhsa-helpline": {
      citation: "Substance Abuse and Mental Health Services Administration. National Helpline, 1-800-662-4357.",
      url: "https://www.samhsa.gov/find-help/helplines/national-helpline",
    },
    "988-lifeline": {
      citation: "988 Suicide & Crisis Lifeline.",
      url: "https://988lifeline.org/",
    },
    "hhs-42-cfr-part-2": {
      citation:
        "U.S. Department of Health and Human Services. Confidentiality of Substance Use Disorder Patient Records, 42 CFR Part 2, as amended by the final rule of February 16, 2024.",
      url: "https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2",
      note: "The federal privacy law for records of substance use disorder treatment programs.",
    },
    "hhs-hipaa-privacy-rule": {
      citation: "U.S. Department of Health and Human Services. The HIPAA Privacy Rule, 45 CFR Parts 160 and 164.",
      url: "https://www.hhs.gov/hipaa/for-professionals/privacy/index.html",
    },
    "w3c-wcag-22": {
      citation:
        "World Wide Web Consortium (W3C). Web Content Accessibility Guidelines (WCAG) 2.2. W3C Recommendation, 2023.",
      url: "https://www.w3.org/TR/WCAG22/",
    },
    "provider-descriptions": {
      citation:
        "Published program descriptions from three U.S. addiction treatment providers, 2024-2025, reviewed by our clinical team.",
      note: "Used only for typical ranges and descriptions that vary from program to program: hours, length, setting, who it suits and cost.",
    },
    "program-policy": {
      citation: `${program.shortName} program policy and schedule, reviewed by our clinical director.`,
      note: "Used for facts about this program: its schedule, length, services and alumni sessions.",
    },
  },
  "content/sources.ts",
);

export type SourceId = keyof typeof sources;
