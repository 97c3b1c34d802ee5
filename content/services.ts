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
        "You meet one-on-one with your own therapist. Together you set goals, look at what led to your substance use, and check how your plan is going. This is also the place for things you would rather not say in a group.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "group-therapy",
      name: "Group therapy",
      description:
        "A small group of people in the program meets with a trained counselor. You learn skills, try them out, and give and get support from people who understand. You share at your own pace. Many people mostly listen at first, and that is fine.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "family-therapy",
      name: "Family therapy",
      description:
        "Substance use affects the people close to you too. In family sessions, a therapist helps you and your family talk openly, rebuild trust and learn how to support recovery at home. You decide who takes part.",
      sources: ["program-policy", "samhsa-tip-47", "samhsa-quality-treatment"],
    },
    {
      id: "cbt-and-dbt",
      name: "CBT and DBT",
      description:
        "Cognitive behavioral therapy (CBT) helps you notice the thoughts that lead to using and practice new ways to respond. Dialectical behavior therapy (DBT) teaches skills for strong emotions, hard moments and relationships. Both are well-studied, and we use them in individual and group sessions.",
      sources: ["program-policy", "samhsa-tip-47", "provider-descriptions"],
    },
    {
      id: "expressive-therapy",
      name: "Expressive therapy",
      description:
        "Some feelings are hard to put into words. Expressive therapy uses art, music, writing or movement to help you explore them and ease stress. You do not need any talent or experience.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "holistic-options",
      name: "Yoga, art therapy and mindfulness",
      description:
        "Gentle yoga, art therapy and mindfulness practice can help you calm your body, rest better and handle stress without substances. These are offered alongside therapy, not in place of it, and you can choose which ones suit you.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "addiction-science-education",
      name: "Learning how addiction and triggers work",
      description:
        "These classes explain what substances do to the brain and why cravings happen. You learn to spot your own triggers, such as certain people, places, feelings or times of day, and to plan for them.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "trauma-focused-education",
      name: "Trauma-focused education",
      description:
        "Many people in treatment have lived through hard or frightening events. These sessions explain how trauma can affect sleep, mood and substance use, and teach ways to feel safer and steadier. You never have to tell your story to take part.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "relapse-prevention-planning",
      name: "Relapse prevention planning",
      description:
        "With your counselor, you write down a plan for staying on track: your warning signs, your triggers, the people you can call and what to do if you slip. You practice it during the program and take it with you when you finish.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "dual-diagnosis-care",
      name: "Care for mental health and substance use together",
      description:
        "Many people with a substance use disorder also live with anxiety, depression or another mental health condition. This is called a dual diagnosis, or co-occurring conditions. Your team treats both at the same time, because each one affects the other.",
      sources: ["program-policy", "provider-descriptions", "samhsa-tip-47"],
    },
    {
      id: "medical-support",
      name: "Medical check-ups and support",
      description:
        "Nurses and doctors keep an eye on your physical health during the program. They check how you are doing, answer questions about your medicines, and help you get other care when you need it.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "drug-testing",
      name: "Drug testing as part of your care",
      description:
        "From time to time, your team will ask for a urine or other drug test. Everyone in the program is tested; it does not mean anyone doubts you. Results help you and your team see how treatment is going. If a test shows substance use, your team talks it through with you and may adjust your plan. It is not a punishment.",
      sources: ["program-policy", "provider-descriptions"],
    },
    {
      id: "crisis-intervention",
      name: "Crisis intervention",
      description:
        "If you hit a crisis during the program, such as a return to use or thoughts of harming yourself, staff step in to help you get safe and make a plan. That may mean extra support or a more intensive level of care for a while. If you are in danger outside program hours, call 911 or 988 first.",
      sources: ["program-policy", "988-lifeline"],
    },
    {
      id: "case-management",
      name: "Case management",
      description:
        "A case manager helps with the parts of life outside therapy that can make recovery harder. That can mean finding housing, work or childcare, sorting out benefits or insurance, or connecting you with other health care.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "rehabilitation-services",
      name: "Rehabilitation services",
      description:
        "Recovery means rebuilding daily life, not just stopping a substance. These services help you get back to steady routines, such as sleep, meals, money, work or school, so that everyday life supports the changes you are making.",
      sources: ["program-policy"],
    },
    {
      id: "smart-recovery",
      name: "SMART Recovery meetings",
      description:
        "SMART Recovery is a free mutual-help program with a science-based approach. Meetings focus on staying motivated, coping with urges, handling thoughts and feelings, and building a balanced life. You can try meetings during the program and keep going after it.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "twelve-step-meetings",
      name: "12-step meetings",
      description:
        "Twelve-step groups, such as Alcoholics Anonymous and Narcotics Anonymous, are free meetings where people in recovery support each other. You can go to meetings as part of the program, and staff can help you find ones near you. Whether a group fits you is your choice.",
      sources: ["program-policy", "provider-descriptions", "samhsa-tip-47"],
    },
    {
      id: "alumni-mentorship",
      name: "Alumni mentorship and coaching",
      description:
        "When you finish, you can stay connected. People who completed the program share what helped them, and coaches check in on your goals. In time, you may choose to mentor someone who is just starting.",
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
    plan: "After your first assessment, you and your team write an individualized treatment plan. It sets out your goals and which services you will use, and you review it together as you go.",
    members: [
      {
        role: "A behavioral health professional",
        description: "Your main point of contact, who coordinates your care and meets with you one-on-one.",
      },
      {
        role: "Psychiatrists",
        description: "Doctors who can assess mental health conditions and prescribe medicines when they could help.",
      },
      { role: "Nurses", description: "They look after your physical health and help you with your medicines." },
      {
        role: "Drug and alcohol counselors",
        description: "They lead groups and help you practice the skills in your plan.",
      },
    ],
    afterHours:
      "Outside session times, you can reach a member of staff by phone, as our on-call policy sets out. Your team gives you the number and explains when to use it. If you are in danger, call 911 or 988 first.",
    sources: ["program-policy"],
  },
  "content/services.ts",
  "careTeam",
);
