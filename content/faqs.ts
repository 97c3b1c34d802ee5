import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { faqSchema } from "@/lib/content/schemas";
import { formatHourFigure, formatRange } from "@/lib/format";
import { daysPerWeek, formatDays, formatTimeRange, hoursPerSession, scheduleTracks } from "@/lib/schedule";

/*
 * Questions people ask before they call. Answers are plain-text paragraphs,
 * because the same strings feed the FAQPage structured data. Program facts are
 * read from content/program.ts so a provider never has to edit them here.
 */

const morningBlocks = program.locations
  .map((l) => `${l.name}, ${formatDays(l.morningBlock.days)}, ${formatTimeRange(l.morningBlock)}`)
  .join("; ");
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

export const faqs = parseContent(
  withKnownSources(faqSchema).array(),
  [
    {
      id: "how-long-is-iop",
      question: "How long does IOP last?",
      answer: [
        `Our program is designed to last ${weeks}. You may finish sooner if you and your team agree you no longer need this level of care. That decision follows the ASAM criteria, a national guide doctors use to match people with the right level of care.`,
        "Other programs differ. Most last 8 to 12 weeks, though some are as short as 4. People with more complex needs, such as a mental health condition as well, may stay longer. It varies by person and by program.",
      ],
      sources: ["program-policy", "asam-criteria", "provider-descriptions"],
    },
    {
      id: "iop-vs-inpatient",
      question: "How is IOP different from inpatient or residential treatment?",
      answer: [
        "In inpatient or residential treatment, you live at the treatment center, with staff there day and night. In IOP, you live at home and come in for sessions on a set schedule. You sleep in your own bed and keep much of your normal life.",
        "A large research review found that, for many people, IOP works about as well as inpatient or residential care. But inpatient care is the safer start if you need medical help to stop using (detox) or care around the clock.",
      ],
      links: [{ href: "/compare", label: "Compare levels of care side by side" }],
      sources: ["mccarty-2014", "samhsa-tip-47", "provider-descriptions"],
    },
    {
      id: "iop-vs-outpatient",
      question: "How is IOP different from regular outpatient therapy?",
      answer: [
        "Regular outpatient care usually means less than 9 hours a week, often one or two sessions. IOP means 9 hours a week or more, spread over several days. That gives you more support and structure while you still live at home.",
        "Many people move to regular outpatient care after IOP, as they need less support. Others step up to IOP from regular outpatient care when they need more.",
      ],
      links: [{ href: "/compare", label: "Compare levels of care side by side" }],
      sources: ["asam-criteria", "samhsa-tip-47"],
    },
    {
      id: "what-is-a-day-like",
      question: "What does a day or evening in the program look like?",
      answer: [
        `Each session block lasts ${blockHours} hours. You come ${daysAWeek} days a week, on the same days for the whole program. You choose an evening block or a morning block. Morning blocks depend on the clinic: ${morningBlocks}.`,
        "A block usually mixes group therapy, a class or skills session, and short breaks. You also meet your own therapist one-on-one. The schedule page shows a typical evening, step by step.",
      ],
      links: [{ href: "/schedule", label: "See the weekly schedule" }],
      sources: ["program-policy"],
    },
    {
      id: "what-is-group-therapy-like",
      question: "What is group therapy like? Do I have to talk?",
      answer: [
        "A group is a small circle of people in the program, led by a trained counselor. You talk about what is hard, learn skills and try them out together. Many people find it helps to hear from others who understand.",
        "You share at your own pace. It is fine to mostly listen at first.",
      ],
      links: [{ href: "/services#group-therapy", label: "Read about group therapy" }],
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "can-i-keep-working",
      question: "Can I keep working or go to school?",
      answer: [
        "Yes, for most people. That is one of the main reasons IOP exists. You keep your job, classes or caregiving, and come to sessions around them. You also get to use new skills in real life the same day.",
        "Admissions can help you pick the morning or evening block that fits your hours best.",
      ],
      links: [{ href: "/schedule", label: "See session times" }],
      sources: ["provider-descriptions", "program-policy"],
    },
    {
      id: "insurance-and-cost",
      question: "Does insurance cover IOP? What will it cost?",
      answer: [
        "Many health plans cover IOP. It usually costs less than residential care, because you are not paying for a bed and meals. What you pay yourself depends on your plan, such as your deductible and copays.",
        "Before you start, our admissions team can check your benefits and explain what your plan covers. It helps to have your insurance card with you when you call.",
        "If you do not have insurance, tell us. The free SAMHSA National Helpline (1-800-662-4357) can also point you to state-funded or lower-cost programs.",
      ],
      links: [{ href: "/admissions", label: "Ask us to check your benefits" }],
      sources: ["provider-descriptions", "program-policy", "samhsa-helpline"],
    },
    {
      id: "confidentiality",
      question: "Will anyone find out I am in treatment?",
      answer: [
        "Your privacy is protected by law. Two federal rules cover your records here. HIPAA protects health information in general. A rule called 42 CFR Part 2 adds extra protection for records from substance use treatment programs.",
        "In general, we cannot tell anyone that you are a patient, or share what you tell us, without your written consent. That includes your employer, your family and your friends. The law allows a few narrow exceptions, such as a medical emergency, a report of suspected child abuse, or a court order that meets special rules.",
        "Your treatment records also cannot be used in a legal case against you without your consent or that kind of court order. If you use insurance, you will be asked to agree to share what your plan needs to pay for your care. You can ask us what you have agreed to share, and you can take back your consent for anything not yet shared.",
      ],
      sources: ["hhs-42-cfr-part-2", "hhs-hipaa-privacy-rule"],
    },
    {
      id: "family-involvement",
      question: "Can my family be involved?",
      answer: [
        "Yes, if you want them to be. Family therapy is part of the program. A therapist helps you and your family talk, rebuild trust and learn how to support recovery at home.",
        "You choose who takes part and what we may share with them. Family involvement is one of the signs of good-quality treatment that SAMHSA tells people to look for.",
      ],
      links: [{ href: "/for-families", label: "Read our page for families" }],
      sources: ["program-policy", "samhsa-quality-treatment", "samhsa-tip-47"],
    },
    {
      id: "after-iop",
      question: "What happens after IOP?",
      answer: [
        "Most people step down to less care, not to no care: regular outpatient therapy, support groups, or both. You leave with a relapse prevention plan you have practiced.",
        "Needs can change. If things get harder later, you can step back up to more support. Moving between levels of care like this is normal.",
      ],
      links: [{ href: "/schedule", label: "See what comes after the program" }],
      sources: ["provider-descriptions", "samhsa-tip-47", "program-policy"],
    },
    {
      id: "alumni-sessions",
      question: "Can I keep coming after I finish?",
      answer: [
        "Yes. People who finish the program can keep coming to a weekly alumni session. It is a way to stay connected, keep your skills fresh and see familiar faces. Alumni can also join mentorship and coaching.",
      ],
      links: [{ href: "/schedule", label: "Read about alumni sessions" }],
      sources: ["program-policy"],
    },
    {
      id: "how-soon-can-i-start",
      question: "How soon can I start?",
      answer: [
        `Often within a few days of your first call. Call our admissions team at ${phone} (${formatAdmissionsHours(program.admissionsHours)}), or ask us to call you back.`,
        "First comes an assessment, a conversation about your health, substance use and daily life. It helps decide which level of care fits you. Then you and your team make your treatment plan and set a start date.",
      ],
      links: [{ href: "/admissions", label: "Request a call" }],
      sources: ["program-policy"],
    },
    {
      id: "who-answers-the-phone",
      question: "Who will I talk to when I call?",
      answer: [
        `You talk with ${program.shortName}'s own admissions team, not a call center or a referral service. We answer your questions, explain your options and can check your insurance. There is no pressure to sign up.`,
        "If another level of care would suit you better, we will tell you, and help you find it.",
      ],
      sources: ["program-policy"],
    },
    {
      id: "is-iop-right-for-me",
      question: "How do I know if IOP is right for me?",
      answer: [
        "IOP often fits people who have a stable, substance-free home, some support, and a way to get to sessions, and who do not need medical help to stop safely. It can also treat anxiety or depression alongside substance use.",
        "IOP is not the right first step if you need detox with medical care, or if your mental health is severe or unstable right now. In that case a more intensive level of care comes first, and IOP can follow. Only a full assessment can say for sure.",
      ],
      links: [{ href: "/is-iop-right-for-me", label: "Go through the self-check" }],
      sources: ["provider-descriptions", "samhsa-tip-47", "asam-criteria"],
    },
    {
      id: "can-family-call",
      question: "Can I call for someone else, like my partner or my child?",
      answer: [
        "Yes. You can call before your loved one has agreed to treatment. We will listen, answer your questions and explain the options.",
        "If your loved one is already a patient, privacy law means we cannot tell you about their care unless they have given written consent. We can still listen to you.",
      ],
      links: [
        { href: "/for-families", label: "Read our page for families" },
        { href: "/admissions", label: "Request a call for a loved one" },
      ],
      sources: ["program-policy", "hhs-42-cfr-part-2"],
    },
    {
      id: "what-if-i-use",
      question: "What if I use during the program?",
      answer: [
        "If you have taken something and feel very unwell, call 911 now. If you feel unsafe or in crisis, you can also call 988 or text 988 at any hour.",
        "Then tell your team. It does not mean you have failed. Your team looks at what happened with you and adjusts your plan. Sometimes that means more support, or a more intensive level of care for a while.",
      ],
      links: [{ href: "/services#crisis-intervention", label: "Read about crisis support" }],
      sources: ["program-policy", "samhsa-tip-47", "988-lifeline"],
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
