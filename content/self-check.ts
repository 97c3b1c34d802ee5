import { safety, safetySources } from "@/content/safety";
import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { selfCheckSchema } from "@/lib/content/schemas";

/**
 * What tends to help people do well in IOP, as statements a person can check.
 * It never scores or diagnoses: each answer only says what to talk about at
 * the assessment.
 */
export const selfCheck = parseContent(
  withKnownSources(selfCheckSchema),
  {
    items: [
      {
        id: "no-detox-needed",
        statement:
          "I do not need medical help to stop safely. I have no withdrawal symptoms, or a doctor has told me I can stop without detox.",
        ifTrue: `IOP can be a first step for you. ${safety.opioids.text}`,
        ifNotTrue: `${safety.withdrawal.text} Care for withdrawal (detox) can come first, and IOP can follow. ${safety.opioids.text} Call us or your doctor today. ${safety.withdrawalEmergency.text}`,
        safety: true,
      },
      {
        id: "stable-home",
        statement: "My home is stable and free of alcohol and drugs.",
        ifTrue: "A safe home gives you a place to practice what you learn, every day.",
        ifNotTrue:
          "Tell your counselor at the assessment. A sober living home (shared housing free of alcohol and drugs), or more structured care while you start, may help.",
      },
      {
        id: "support-network",
        statement: "I have at least one person who supports my recovery.",
        ifTrue: "Family, friends or a sponsor can help you between sessions.",
        ifNotTrue:
          "That is common, and it can change. Group therapy, peer meetings and our alumni can help you build support.",
      },
      {
        id: "commitment",
        statement: "I can commit to coming to sessions and working on a treatment plan for several weeks.",
        ifTrue: "IOP asks for several sessions a week. Coming each time helps you build a routine.",
        ifNotTrue:
          "Talk about what gets in the way, such as work hours, childcare or mixed feelings. Feeling unsure is normal, and we can talk it through.",
      },
      {
        id: "transportation",
        statement: "I have a dependable way to get to sessions.",
        ifTrue: "Getting there reliably makes it much easier to keep going.",
        ifNotTrue: "Ask which clinic is easier to reach, and whether case management can help you plan rides.",
      },
      {
        id: "daily-duties",
        statement: "I have work, school or caregiving duties that I want to keep.",
        ifTrue: "IOP lets you keep your daily life and come to sessions around it.",
        ifNotTrue: "That is fine. IOP can still fit you. The assessment looks at your whole situation.",
      },
      {
        id: "anxiety-or-depression",
        statement: "I also live with anxiety or depression.",
        ifTrue:
          "IOP can treat these alongside substance use. Tell your counselor at the assessment, so your plan covers both. If your mental health feels severe or unsafe right now, a more intensive level of care may be the safer start.",
        ifNotTrue: "That is fine. Your assessment will still ask about your mental health, as it does for everyone.",
      },
      {
        id: "relapse-risk",
        statement: "I worry I could go back to using without support every week.",
        ifTrue: "Sessions several times a week give you steady support while you build new habits.",
        ifNotTrue:
          "If you already feel steady, a less intensive option, such as standard outpatient care, may fit better. Ask about it at your assessment.",
      },
    ],
    sources: ["samhsa-tip-47", "asam-criteria", ...safetySources(["withdrawal", "withdrawalEmergency", "opioids"])],
  },
  "content/self-check.ts",
);
