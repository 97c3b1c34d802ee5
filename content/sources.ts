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
      note: {
        en: "A systematic review (not a meta-analysis) commissioned by SAMHSA, covering studies from 1995 to 2012.",
        es: "Una revisión sistemática (no un metaanálisis) que pidió SAMHSA, con estudios de 1995 a 2012.",
      },
    },
    "samhsa-tip-47": {
      citation:
        "Center for Substance Abuse Treatment. Substance Abuse: Clinical Issues in Intensive Outpatient Treatment. Treatment Improvement Protocol (TIP) Series, No. 47. HHS Publication No. (SMA) 06-4182. Rockville, MD: Substance Abuse and Mental Health Services Administration; 2006.",
      url: "https://www.ncbi.nlm.nih.gov/books/NBK64093/",
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
        'Substance Abuse and Mental Health Services Administration. "Finding Quality Treatment for Substance Use Disorders." Rockville, MD: SAMHSA; 2018.',
      publication: "HHS Publication No. PEP18-TREATMENT-LOC",
      url: "https://store.samhsa.gov/product/finding-quality-treatment-substance-use-disorders/pep18-treatment-loc",
      note: {
        en: "The five signs of quality treatment, including medicine where it fits and family involvement.",
        es: "Las cinco señales de un tratamiento de calidad, entre ellas las medicinas cuando convienen y la participación de la familia.",
      },
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
      note: {
        en: "The federal privacy law for records of substance use disorder treatment programs.",
        es: "La ley federal de privacidad para los expedientes de los programas de tratamiento de trastornos por consumo de sustancias.",
      },
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
    "samhsa-tip-63": {
      citation:
        "Substance Abuse and Mental Health Services Administration. Medications for Opioid Use Disorder. Treatment Improvement Protocol (TIP) Series 63. Rockville, MD: SAMHSA; 2021.",
      publication: "HHS Publication No. PEP21-02-01-002",
      url: "https://store.samhsa.gov/product/tip-63-medications-opioid-use-disorder/pep21-02-01-002",
      note: {
        en: "Buprenorphine, methadone and naltrexone; medicine as the standard of care; people on medicine should not be refused other treatment.",
        es: "Buprenorfina, metadona y naltrexona; las medicinas como atención estándar; a quien toma medicinas no se le debe negar otro tratamiento.",
      },
    },
    "samhsa-tip-45": {
      citation:
        "Center for Substance Abuse Treatment. Detoxification and Substance Abuse Treatment. Treatment Improvement Protocol (TIP) Series, No. 45. Rockville, MD: SAMHSA; 2006.",
      publication: "HHS Publication No. (SMA) 15-4131",
      url: "https://www.ncbi.nlm.nih.gov/books/NBK64115/",
      note: {
        en: "Which withdrawals can be dangerous: alcohol, benzodiazepines and other sedatives.",
        es: "Qué abstinencias pueden ser peligrosas: alcohol, benzodiacepinas y otros sedantes.",
      },
    },
    "medlineplus-alcohol-withdrawal": {
      citation: 'MedlinePlus. "Alcohol withdrawal." U.S. National Library of Medicine.',
      url: "https://medlineplus.gov/ency/article/000764.htm",
      note: {
        en: "Seizures, confusion and seeing or hearing things that are not there are signs to get emergency care.",
        es: "Las convulsiones, la confusión y ver u oír cosas que no están son señales para buscar atención de emergencia.",
      },
    },
    "ahrq-moud-overdose": {
      citation:
        'Agency for Healthcare Research and Quality, Academy for Integrating Behavioral Health and Primary Care. "Mitigating Overdose Risk." In: Medications for Opioid Use Disorder (MOUD) Playbook.',
      url: "https://integrationacademy.ahrq.gov/products/playbooks/moud-playbook/implementing-treatment/mitigating-overdose-risk",
      note: {
        en: "Overdose risk is highest after a period without using, or after stopping medicine for opioid use disorder.",
        es: "El riesgo de sobredosis es más alto después de un tiempo sin consumir, o después de dejar las medicinas para el trastorno por consumo de opioides.",
      },
    },
    "fda-naloxone-otc-2023": {
      citation:
        'U.S. Food and Drug Administration. "FDA Approves First Over-the-Counter Naloxone Nasal Spray." News release, March 29, 2023.',
      url: "https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray",
    },
    "nida-principles": {
      citation:
        "National Institute on Drug Abuse. Principles of Drug Addiction Treatment: A Research-Based Guide. Third edition. 2012.",
      publication: "NIH Publication No. 12-4180",
      url: "https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition",
      note: {
        en: "Cognitive behavioral therapy as a research-based treatment for substance use disorders.",
        es: "La terapia cognitivo-conductual como tratamiento basado en la investigación para los trastornos por consumo de sustancias.",
      },
    },
    "cms-medicare-iop-2024": {
      citation:
        "Centers for Medicare & Medicaid Services. Calendar Year 2024 Hospital Outpatient Prospective Payment System final rule: intensive outpatient services covered from January 1, 2024.",
      url: "https://www.cms.gov/newsroom/fact-sheets/cy-2024-medicare-hospital-outpatient-prospective-payment-system-opps-and-ambulatory-surgical-center-asc",
      note: {
        en: "Medicare covers intensive outpatient services, defined as 9 to 19 hours a week.",
        es: "Medicare cubre los servicios ambulatorios intensivos, definidos como de 9 a 19 horas por semana.",
      },
    },
    "dol-fmla-825-119": {
      citation: "U.S. Department of Labor. Family and Medical Leave Act: substance abuse, 29 CFR 825.119.",
      url: "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-C/part-825/subpart-B/section-825.119",
      note: {
        en: "Leave may be taken for treatment by a health care provider; absence because of use itself is not covered.",
        es: "Se puede pedir licencia para recibir tratamiento de un proveedor de salud; faltar por el consumo en sí no está cubierto.",
      },
    },
    "ada-42-usc-12114": {
      citation: "Americans with Disabilities Act, 42 U.S.C. 12114 (illegal use of drugs and alcohol).",
      url: "https://www.law.cornell.edu/uscode/text/42/12114",
      note: {
        en: "Protects a person in or after treatment who is not currently using illegal drugs.",
        es: "Protege a la persona en tratamiento, o que ya lo terminó, que no consume drogas ilegales ahora.",
      },
    },
    "hhs-confidential-communications": {
      citation:
        "U.S. Department of Health and Human Services. HIPAA Privacy Rule, right to request confidential communications, 45 CFR 164.522(b).",
      url: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.522",
    },
    "fcc-711-relay": {
      citation: 'Federal Communications Commission. "711 for Telecommunications Relay Service." Consumer guide.',
      url: "https://www.fcc.gov/consumers/guides/711-telecommunications-relay-service",
    },
    "al-anon": {
      citation: "Al-Anon Family Groups. Meetings for families and friends of people who drink.",
      url: "https://al-anon.org/",
    },
    "nar-anon": {
      citation: "Nar-Anon Family Groups. Meetings for families and friends of people who use drugs.",
      url: "https://www.nar-anon.org/",
    },
    "smart-family-friends": {
      citation: "SMART Recovery. Family & Friends meetings and tools.",
      url: "https://smartrecovery.org/family",
    },
    "landmark-iop-2025": {
      citation:
        'Landmark Recovery. "The Importance of Intensive Outpatient Treatment." March 17, 2025. A treatment provider\'s own description.',
      url: "https://landmarkrecovery.com/importance-intensive-outpatient-treatment",
      note: {
        en: "Used only for typical ranges that vary by program: how long IOPs last and how often sessions meet.",
        es: "Se usa solo para rangos típicos que cambian según el programa: cuánto dura un IOP y con qué frecuencia hay sesiones.",
      },
    },
    "whitesands-iop-2025": {
      citation:
        'WhiteSands Treatment. "What Is IOP Rehab? Understanding the Benefits of Intensive Outpatient Programs." April 14, 2025. A treatment provider\'s own description.',
      url: "https://whitesandstreatment.com/2025/04/14/benefits-of-attending-iop-rehab-for-addiction/",
      note: {
        en: "Used only for typical ranges that vary by program: length of stay, where people live during care.",
        es: "Se usa solo para rangos típicos que cambian según el programa: cuánto dura la estadía y dónde vive la persona durante la atención.",
      },
    },
    "program-policy": {
      citation: `${program.shortName} program policy and schedule, reviewed by our clinical director.`,
      publication: `${program.shortName} policy manual (ask admissions for a copy)`,
      note: {
        en: "Used for facts about this program: its schedule, length, services, medicines and alumni sessions.",
        es: "Se usa para los datos de este programa: su horario, su duración, sus servicios, sus medicinas y las sesiones para quienes ya terminaron.",
      },
    },
  },
  "content/sources.ts",
);

export type SourceId = keyof typeof sources;
