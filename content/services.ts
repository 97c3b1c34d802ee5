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
      name: "Individual therapy",
      description:
        "You meet one-on-one with a therapist. Together you work on the goals in your treatment plan and check how it is going.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "group-therapy",
      name: "Group therapy",
      description:
        "You meet with other people in the program and a counselor. You learn skills and practice them. You give and get support from people who understand, and you help each other stay on track.",
      sources: ["program-policy", "samhsa-tip-47", "provider-descriptions"],
    },
    {
      id: "family-therapy",
      name: "Family therapy",
      description:
        "In family sessions, a therapist meets with you and people close to you. The aim is to help repair relationships and to teach your family about recovery, so they can support you.",
      sources: ["program-policy", "samhsa-tip-47", "samhsa-quality-treatment", "provider-descriptions"],
    },
    {
      id: "cbt-and-dbt",
      name: "CBT and DBT",
      description:
        "Cognitive behavioral therapy (CBT) helps you notice the thoughts that lead to using and practice new ways to respond. Dialectical behavior therapy (DBT) teaches skills for strong emotions and hard moments. Both are evidence-based: they have been studied and shown to work.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "expressive-therapy",
      name: "Expressive therapy",
      description:
        "Some feelings are hard to put into words. Expressive therapy uses creative activities, such as art, to help you explore them.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "holistic-options",
      name: "Yoga, art therapy and mindfulness",
      description:
        "Alongside therapy, you may try yoga, art therapy or mindfulness. They add to your therapy; they do not replace it. They support goals of the program such as fitness, physical health and quiet time to reflect.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "addiction-science-education",
      name: "Learning how addiction and triggers work",
      description:
        "These classes teach the science of addiction. You learn to spot your own triggers, such as certain people, places or feelings, and to plan for them.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "trauma-focused-education",
      name: "Trauma-focused education",
      description:
        "Trauma is the lasting effect of hard or frightening events. These classes help you learn about trauma, and they support you through painful feelings.",
      sources: ["program-policy", "samhsa-tip-47", "provider-descriptions"],
    },
    {
      id: "relapse-prevention-planning",
      name: "Relapse prevention planning",
      description:
        "With your team, you make a plan for staying on track. It covers your triggers, the people you can turn to and how to handle high-risk moments. You practice it each day of the program and keep making it better.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "dual-diagnosis-care",
      name: "Care for mental health and substance use together",
      description:
        "Some people with a substance use disorder also have anxiety, depression or another mental health condition. This is called a dual diagnosis, or co-occurring conditions. Your team treats both together.",
      sources: ["program-policy", "provider-descriptions", "samhsa-tip-47"],
    },
    {
      id: "medical-support",
      name: "Medical check-ups and support",
      description:
        "You get medical check-ups and support during the program. Nurses help look after your health, and you can see a psychiatrist, a doctor for mental health, when you need one.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "drug-testing",
      name: "Drug testing as part of your care",
      description:
        "Drug tests are one of the ways the program checks your progress, along with your therapy sessions. Results help you and your team see how treatment is going and whether your plan needs to change.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "crisis-intervention",
      name: "Crisis intervention",
      description:
        "If you are in a crisis during the program, staff step in to help you. You may need more support, or a more intensive level of care for a while. In an emergency, such as an overdose, call 911 first, at any time. For a crisis that is not an emergency, you can call 988 or text 988.",
      sources: ["program-policy", "provider-descriptions", "988-lifeline"],
    },
    {
      id: "case-management",
      name: "Case management",
      description:
        "A case manager helps with practical needs outside therapy, such as housing or money. They also link you to other help in your community and online.",
      sources: ["program-policy", "samhsa-tip-47", "provider-descriptions"],
    },
    {
      id: "rehabilitation-services",
      name: "Rehabilitation services",
      description:
        "These services help you rebuild daily life as you recover. They work toward goals such as a steady home and steady money, free from alcohol and drugs.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "smart-recovery",
      name: "SMART Recovery meetings",
      description:
        "SMART Recovery meetings are a kind of mutual-support group: people in recovery meet to help each other. You can go to meetings during the program. Support groups can keep helping after the program ends.",
      sources: ["program-policy", "samhsa-tip-47", "provider-descriptions"],
    },
    {
      id: "twelve-step-meetings",
      name: "12-step meetings",
      description:
        "Twelve-step meetings are another kind of mutual-support group. People in recovery meet to support each other. You can go to meetings as part of the program and keep going after it ends.",
      sources: ["program-policy", "provider-descriptions", "samhsa-tip-47"],
    },
    {
      id: "alumni-mentorship",
      name: "Alumni mentorship and coaching",
      description:
        "When you finish, you can stay connected. You may keep coming to one session a week at no extra cost. Alumni mentorship and coaching help you keep working on your goals.",
      sources: ["program-policy", "provider-descriptions"],
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
      serviceIds: ["dual-diagnosis-care", "medical-support", "drug-testing", "crisis-intervention"],
    },
    {
      id: "daily-life",
      title: "Daily life and peer support",
      serviceIds: [
        "case-management",
        "rehabilitation-services",
        "smart-recovery",
        "twelve-step-meetings",
        "alumni-mentorship",
      ],
    },
  ],
  "content/services.ts",
  "serviceGroups",
);

export const careTeam = parseContent(
  withKnownSources(careTeamSchema),
  {
    plan: "After your first assessment, you get a treatment plan made just for you. It sets out your goals and which services you will use.",
    members: [
      {
        role: "A behavioral health professional",
        description: "Each person in the program is given one to work with.",
      },
      {
        role: "Psychiatrists",
        description: "Doctors who treat mental health conditions. You can see one when you need to.",
      },
      { role: "Nurses", description: "They give medical check-ups and support." },
      {
        role: "Drug and alcohol counselors",
        description: "They help you recover from alcohol and drug use.",
      },
    ],
    afterHours:
      "Outside session times, you can still contact staff, as our on-call policy sets out. Ask your team how this works. In an emergency, such as an overdose, call 911 first. For a crisis that is not an emergency, call 988 or text 988.",
    sources: ["program-policy", "988-lifeline"],
  },
  "content/services.ts",
  "careTeam",
);
