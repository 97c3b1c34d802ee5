import { referralLine } from "@/content/crisis-lines";
import { practicalAnswer } from "@/content/practical";
import { program } from "@/content/program";
import { safety, safetySources } from "@/content/safety";
import { schedule } from "@/content/schedule";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { faqSchema } from "@/lib/content/schemas";
import { formatHourFigure, formatRange } from "@/lib/format";
import { daysPerWeek, hoursPerSession, scheduleTracks } from "@/lib/schedule";

/*
 * Questions people ask before they call. Answers are plain-text paragraphs
 * (phone numbers in them become links). Program facts are
 * read from content/program.ts so a provider never has to edit them here.
 */

const tracks = scheduleTracks(schedule, program.locations);
const blockHours = formatRange(
  tracks.map((t) => hoursPerSession(t.block)),
  formatHourFigure,
);
const daysAWeek = formatRange(
  tracks.map((t) => daysPerWeek(t.block)),
  String,
);
const weeks = `${program.programLengthWeeks} weeks`;
const phone = program.admissionsPhone.display;
const answer = (topic: Parameters<typeof practicalAnswer>[0]) => practicalAnswer(topic).text;
const samhsa = referralLine("en");
const helpline = samhsa ? `${samhsa.name} (${samhsa.number})` : "SAMHSA National Helpline";

export const faqs = parseContent(
  withKnownSources(faqSchema).array(),
  [
    {
      id: "how-long-is-iop",
      question: "How long does IOP last?",
      answer: [
        `Our program is planned to last ${weeks}, and you may finish sooner. ${answer("stayingLonger")}`,
        "Other programs differ: most last 8 to 12 weeks, and some as few as 4.",
      ],
      sources: ["program-policy", "asam-criteria", "landmark-iop-2025", "whitesands-iop-2025"],
    },
    {
      id: "iop-vs-inpatient",
      question: "How is IOP different from other kinds of care?",
      answer: [
        "In residential care you live at the center, with staff day and night. In IOP you live at home and come 9 hours a week or more; standard outpatient care is fewer.",
        "A 2014 review of 12 studies found that, for most people, IOP works about as well as residential care. Care around the clock is the safer start if you need medical care to stop safely.",
      ],
      links: [{ href: "/compare", label: "Compare levels of care" }],
      sources: ["mccarty-2014", "samhsa-tip-47", "asam-criteria"],
    },
    {
      id: "what-is-a-day-like",
      question: "What is a session like? Do I have to talk in group?",
      answer: [
        `Each session lasts ${blockHours} hours. You come ${daysAWeek} days a week, on the same days for the whole program. You choose evenings or mornings; morning times depend on the clinic. ${answer("eveningPlace")}`,
        `A session mixes group therapy led by a counselor, a skills class and short breaks. Everyone gets a turn to talk, and you can pass. ${answer("oneToOne")}`,
      ],
      links: [{ href: "/schedule", label: "See the weekly schedule" }],
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "can-i-keep-working",
      question: "Can I keep working? Can I take time off, or lose my job?",
      answer: [
        "Most people keep working or studying and come to sessions around it. If you need time off, a law called the FMLA may give you unpaid leave for treatment and keep your job safe. It covers many workers, but not time missed because of using.",
        "Another law, the ADA, protects people in or after treatment who are not using illegal drugs now. We never tell your employer without your written consent.",
      ],
      sources: ["dol-fmla-825-119", "ada-42-usc-12114", "hhs-42-cfr-part-2", "program-policy"],
    },
    {
      id: "insurance-and-cost",
      question: "Does insurance cover IOP? What will it cost?",
      answer: [
        `Many health plans cover IOP, and Medicare has since 2024. ${answer("insurance")} The free ${helpline} can also point you to lower-cost programs.`,
      ],
      links: [{ href: "/admissions", label: "Ask us to check your plan" }],
      sources: ["cms-medicare-iop-2024", "program-policy", "samhsa-helpline"],
    },
    {
      id: "confidentiality",
      question: "Will anyone find out I am in treatment?",
      answer: [
        "Two federal laws protect your records: HIPAA, and 42 CFR Part 2 for substance use treatment. We cannot tell anyone that you are a patient, or share what you tell us, without your written consent. That includes your employer and your family. The law allows a few narrow exceptions, such as a medical emergency.",
      ],
      sources: ["hhs-42-cfr-part-2", "hhs-hipaa-privacy-rule"],
    },
    {
      id: "insurance-statement",
      question: "Will my parent or partner see it on their insurance?",
      answer: [
        "They might. If someone else holds your health plan, the plan may mail them a statement of your care, called an explanation of benefits. You have the right to ask your plan to send it to you at another address. Ask your plan for confidential communications.",
      ],
      sources: ["hhs-confidential-communications", "program-policy"],
    },
    {
      id: "medicine",
      question: "Can I come if I take buprenorphine or methadone?",
      answer: [
        `Yes. ${answer("medication")}`,
        "Medicine is the standard treatment for opioid use disorder. No one should be turned away from other treatment because they take it.",
      ],
      links: [{ href: "/services#medicine", label: "Medicine in our program" }],
      sources: ["program-policy", "samhsa-tip-63"],
    },
    {
      id: "family-involvement",
      question: "Can my family be involved?",
      answer: [
        "Yes, if you want them to be. In family sessions, a counselor helps you and your family talk and rebuild trust. You choose who takes part and what we may share.",
      ],
      links: [{ href: "/for-families", label: "Read our page for families" }],
      sources: ["program-policy", "samhsa-quality-treatment"],
    },
    {
      id: "family-support",
      question: "Is there help for me, as a family member?",
      answer: [
        `Yes. Free groups such as Al-Anon, Nar-Anon and SMART Recovery Family & Friends meet in person and online. The ${helpline} can point you to help near you. If your loved one uses opioids, keep naloxone at home.`,
      ],
      links: [{ href: "/for-families", label: "Read our page for families" }],
      sources: ["al-anon", "nar-anon", "smart-family-friends", "samhsa-helpline", "fda-naloxone-otc-2023"],
    },
    {
      id: "after-iop",
      question: "What happens after IOP?",
      answer: [
        "Most people step down to less care, not to no care: standard outpatient care, support groups, or both. You can also keep coming to a free weekly alumni group. If things get harder later, you can step back up.",
      ],
      links: [{ href: "/schedule", label: "After the program" }],
      sources: ["samhsa-tip-47", "program-policy"],
    },
    {
      id: "how-soon-can-i-start",
      question: "How soon can I start? Who will I talk to?",
      answer: [
        `Often within a few days of your first call. Call ${phone} (${formatAdmissionsHours(program.admissionsHours)}), or ask us to call you back. You talk with ${program.shortName}'s own admissions team, not a call center, and there is no pressure to sign up.`,
        "Next comes an assessment, a talk about your health, substance use and daily life. The admissions page says what each step involves.",
      ],
      links: [{ href: "/admissions", label: "Request a call" }],
      sources: ["program-policy"],
    },
    {
      id: "is-iop-right-for-me",
      question: "How do I know if IOP is right for me?",
      answer: [
        `IOP often fits people who have a safe home, some support and a way to get to sessions. ${safety.withdrawal.text} ${safety.opioids.text}`,
      ],
      links: [{ href: "/is-iop-right-for-me", label: "Go through the self-check" }],
      sources: ["samhsa-tip-47", "asam-criteria", ...safetySources(["withdrawal", "opioids"])],
    },
    {
      id: "can-family-call",
      question: "Can I call for someone else, like my partner or my child?",
      answer: [
        "Yes, even before your loved one agrees to treatment. We cannot say whether someone is in our program, or anything about their care, without their written consent. We can still listen to you.",
      ],
      links: [{ href: "/admissions", label: "Request a call for a loved one" }],
      sources: ["program-policy", "hhs-42-cfr-part-2"],
    },
    {
      id: "what-if-i-use",
      question: "What if I use during the program?",
      answer: [
        "If you have taken something and feel very unwell, call 911 now. If you feel unsafe, call 988 or text 988 at any hour.",
        `Then tell your team. It is not a failure; we adjust your plan with you. ${safety.tolerance.text} ${safety.naloxone.text}`,
      ],
      links: [{ href: "/services#crisis-intervention", label: "Crisis support" }],
      sources: ["program-policy", "988-lifeline", ...safetySources(["tolerance", "naloxone"])],
    },
  ],
  "content/faqs.ts",
);

/**
 * Every source the answers cite, in first-cited order. The FAQ page uses this
 * as its metadata.sources, so the numbered list under the page matches the
 * numbers FaqList shows beside each answer.
 */
export const faqSourceIds: string[] = [...new Set(faqs.flatMap((f) => f.sources))];
