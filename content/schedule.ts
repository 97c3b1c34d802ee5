import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { scheduleSchema } from "@/lib/content/schemas";

/**
 * The evening track, what an evening holds, where people step down to when
 * they finish and what alumni keep. Morning blocks differ by location, so they live with each
 * location in content/program.ts. Hours are never typed here: lib/schedule.ts
 * computes them from the times.
 */
export const schedule = parseContent(
  withKnownSources(scheduleSchema),
  {
    eveningBlock: { days: ["Mon", "Tue", "Wed", "Thu"], start: "18:00", end: "21:00" },
    typicalEvening: [
      {
        start: "18:00",
        activity: "Check-in",
        detail: "Everyone gets a turn to say how the day went, including any cravings or hard moments. You can pass.",
      },
      {
        start: "18:20",
        activity: "Group therapy",
        detail: "You talk through real problems with the group and a counselor.",
      },
      { start: "19:20", activity: "Break" },
      {
        start: "19:35",
        activity: "Skills session",
        detail:
          "The topic changes each night: planning for hard moments, coping skills from therapies such as CBT and DBT, how addiction affects the brain, or spotting your triggers.",
      },
      {
        start: "20:35",
        activity: "Plan for tomorrow",
        detail: "You make a plan for the next day, including who you can call if it gets hard.",
      },
    ],
    inProgram: {
      summary:
        "Your days and times stay the same the whole way through. You build a steady routine, learn core skills and work on the goals in your treatment plan. Near the end, you plan for life after the program and line up the support you will keep.",
    },
    afterProgram: {
      name: "Standard outpatient care, support groups, or both",
      summary:
        "Most people step down to less care. That can be standard outpatient care, which is fewer than 9 hours a week. It can be support groups such as SMART Recovery or 12-step meetings, or both. If things get harder later, you can step back up.",
    },
    alumni: {
      sessionsPerWeek: 1,
      cost: "Free",
      summary: "Once you finish, you are welcome to keep coming back to stay in touch with the group.",
    },
    calendar: { summary: "Evening session" },
    sources: ["program-policy", "asam-criteria"],
  },
  "content/schedule.ts",
);
