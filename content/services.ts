import { practicalAnswer } from "@/content/practical";
import { safety } from "@/content/safety";
import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { careTeamSchema, serviceGroupSchema, serviceSchema } from "@/lib/content/schemas";

/**
 * What the program offers, one plain paragraph each. The ids become anchors,
 * so /services#family-therapy links straight to a service.
 */
export const services = parseContent(
  withKnownSources(serviceSchema).array(),
  [
    {
      id: "individual-therapy",
      name: "One-to-one counseling",
      description:
        "You meet your own counselor one-to-one. Together you work on the goals in your treatment plan and check how it is going.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "group-therapy",
      name: "Group therapy",
      description:
        "You meet with other people in the program and a counselor. You learn skills and practice them. You give and get support from people who understand.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "family-therapy",
      name: "Family therapy",
      description:
        "In family sessions, a counselor meets with you and people close to you. The aim is to help repair relationships and to teach your family about recovery, so they can support you.",
      sources: ["program-policy", "samhsa-tip-47", "samhsa-quality-treatment"],
    },
    {
      id: "cbt-and-dbt",
      name: "CBT and DBT",
      description:
        "Cognitive behavioral therapy (CBT) helps you notice the thoughts that lead to using and practice new ways to respond. Research supports it for substance use. Dialectical behavior therapy (DBT) teaches skills for strong emotions and hard moments.",
      sources: ["program-policy", "nida-principles"],
    },
    {
      id: "expressive-therapy",
      name: "Expressive therapy",
      description:
        "Some feelings are hard to put into words. Expressive therapy uses creative activities, such as art, to help you explore them.",
      sources: ["program-policy"],
    },
    {
      id: "holistic-options",
      name: "Yoga, art therapy and mindfulness",
      description:
        "Alongside therapy, you may try yoga, art therapy or mindfulness. They add to your therapy; they do not replace it.",
      sources: ["program-policy"],
    },
    {
      id: "addiction-science-education",
      name: "Learning how addiction and triggers work",
      description:
        "These classes teach how addiction affects the brain. You learn to spot your own triggers, such as certain people, places or feelings, and to plan for them.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "trauma-focused-education",
      name: "Trauma-focused education",
      description:
        "Trauma is the lasting effect of hard or frightening events. These classes help you learn about trauma, and they support you through painful feelings.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "relapse-prevention-planning",
      name: "Relapse prevention planning",
      description:
        "With your team, you make a plan for staying on track. It covers your triggers, the people you can turn to and what to do in a hard moment. You keep making it better as you go.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "medicine",
      name: "Medicine for addiction",
      description: `${practicalAnswer("medication").text} ${safety.opioids.text}`,
      sources: ["program-policy", "samhsa-tip-63", "ahrq-moud-overdose"],
    },
    {
      id: "dual-diagnosis-care",
      name: "Care for mental health and substance use together",
      description:
        "Some people with a substance use disorder also have anxiety, depression or another mental health condition. This is called a dual diagnosis, or co-occurring conditions. Your team treats both together.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "medical-support",
      name: "Medical check-ups and support",
      description:
        "Nurses give check-ups and help look after your health. You can see a psychiatrist, a doctor for mental health, when you need one.",
      sources: ["program-policy"],
    },
    {
      id: "drug-testing",
      name: "Drug testing as part of your care",
      description:
        "Drug tests, usually urine tests, are one way you and your team see how treatment is going. A test that shows use is not a reason to punish you. It tells your team your plan may need to change.",
      sources: ["program-policy"],
    },
    {
      id: "crisis-intervention",
      name: "Crisis support",
      description:
        "If you are in a crisis during the program, staff step in to help you. You may need more support, or a more intensive level of care for a while. In an emergency, such as an overdose, call 911 first, at any time. For a crisis that is not an emergency, call 988 or text 988.",
      sources: ["program-policy", "988-lifeline"],
    },
    {
      id: "case-management",
      name: "Case management",
      description:
        "A case manager helps with practical needs outside therapy, such as housing, money, rides or childcare. They also link you to other help in your community and online.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "smart-recovery",
      name: "SMART Recovery meetings",
      description:
        "SMART Recovery meetings are a kind of mutual-support group: people in recovery meet to help each other. You can go during the program and keep going after it ends.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "twelve-step-meetings",
      name: "12-step meetings",
      description:
        "Groups such as Alcoholics Anonymous and Narcotics Anonymous follow twelve steps of recovery. People in recovery meet to support each other. You can go as part of the program and keep going after it ends.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "alumni-mentorship",
      name: "Alumni group and mentoring",
      description:
        "When you finish, you can stay connected. You may keep coming to one group a week, for free. Alumni mentors help you keep working on your goals.",
      sources: ["program-policy"],
    },
  ],
  "content/services.ts",
);

/** Headings on /services. Every service appears under exactly one group. */
export const serviceGroups = parseContent(
  serviceGroupSchema.array().superRefine((groups, ctx) => {
    const seen = new Map<string, number>();
    groups.forEach((group, g) =>
      group.serviceIds.forEach((id, i) => {
        if (!services.some((s) => s.id === id)) {
          ctx.addIssue({ code: "custom", path: [g, "serviceIds", i], message: `no service with id "${id}"` });
        }
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }),
    );
    for (const service of services) {
      const count = seen.get(service.id) ?? 0;
      if (count !== 1) {
        ctx.addIssue({ code: "custom", path: [], message: `service "${service.id}" is in ${count} groups, not 1` });
      }
    }
  }),
  [
    {
      id: "therapy",
      title: "Therapy and counseling",
      serviceIds: [
        "individual-therapy",
        "group-therapy",
        "family-therapy",
        "cbt-and-dbt",
        "expressive-therapy",
        "holistic-options",
      ],
    },
    {
      id: "skills",
      title: "Learning and skills",
      serviceIds: ["addiction-science-education", "trauma-focused-education", "relapse-prevention-planning"],
    },
    {
      id: "health",
      title: "Health and safety",
      serviceIds: ["medicine", "dual-diagnosis-care", "medical-support", "drug-testing", "crisis-intervention"],
    },
    {
      id: "daily-life",
      title: "Daily life and peer support",
      serviceIds: ["case-management", "smart-recovery", "twelve-step-meetings", "alumni-mentorship"],
    },
  ],
  "content/services.ts",
  "serviceGroups",
);

export const careTeam = parseContent(
  withKnownSources(careTeamSchema),
  {
    plan: "After your assessment, you get a treatment plan made just for you. It sets out your goals and which services you will use. A licensed counselor does the assessment.",
    members: [
      {
        role: "Your counselor",
        description: "You get your own counselor, who leads your one-to-one sessions and helps with your plan.",
      },
      {
        role: "Drug and alcohol counselors",
        description: "Counselors trained in addiction lead the groups and classes.",
      },
      {
        role: "Doctors and nurses",
        description:
          "Nurses give check-ups. Doctors can prescribe medicine for addiction. A psychiatrist, a doctor for mental health, sees you when you need one.",
      },
    ],
    afterHours: `${practicalAnswer("afterHours").text} In an emergency, such as an overdose, call 911 first.`,
    sources: ["program-policy", "988-lifeline"],
  },
  "content/services.ts",
  "careTeam",
);

/** Every source the services and care team cite, in first-use order, for the page's source list. */
export const serviceSourceIds: string[] = [...new Set([...services.flatMap((s) => s.sources), ...careTeam.sources])];
