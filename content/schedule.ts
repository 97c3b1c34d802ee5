import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { scheduleSchema } from "@/lib/content/schemas";

/**
 * The evening track, what an evening holds, where people step down to when
 * they finish and what alumni keep. Morning blocks differ by location, so they live with each
 * location in content/program.ts. Hours are never typed here: lib/schedule.ts
 * computes them from the times. Words are written in both languages side by
 * side ({ en, es }); times and counts once.
 */
export const schedule = parseContent(
  withKnownSources(scheduleSchema),
  {
    eveningBlock: { days: ["Mon", "Tue", "Wed", "Thu"], start: "18:00", end: "21:00" },
    typicalEvening: [
      {
        start: "18:00",
        activity: { en: "Check-in", es: "Ronda de inicio" },
        detail: {
          en: "Everyone gets a turn to say how the day went, including any cravings or hard moments. You can pass.",
          es: "Cada persona tiene su turno para contar cómo le fue en el día, incluso si tuvo ganas de consumir o momentos difíciles. Puede pasar su turno.",
        },
      },
      {
        start: "18:20",
        activity: { en: "Group therapy", es: "Terapia de grupo" },
        detail: {
          en: "You talk through real problems with the group and a counselor.",
          es: "Usted habla de problemas reales con el grupo y un consejero.",
        },
      },
      { start: "19:20", activity: { en: "Break", es: "Descanso" } },
      {
        start: "19:35",
        activity: { en: "Skills session", es: "Sesión de habilidades" },
        detail: {
          en: "The topic changes each night: planning for hard moments, coping skills from therapies such as CBT and DBT, how addiction affects the brain, or spotting your triggers.",
          es: "El tema cambia cada día: cómo prepararse para los momentos difíciles, habilidades para afrontarlos que vienen de terapias como la TCC y la TDC, cómo afecta la adicción al cerebro, o cómo reconocer lo que le da ganas de consumir.",
        },
      },
      {
        start: "20:35",
        activity: { en: "Plan for tomorrow", es: "Plan para mañana" },
        detail: {
          en: "You make a plan for the next day, including who you can call if it gets hard.",
          es: "Usted hace un plan para el día siguiente, con el nombre de alguien a quien puede llamar si se pone difícil.",
        },
      },
    ],
    inProgram: {
      summary: {
        en: "Your days and times stay the same the whole way through. You build a steady routine, learn core skills and work on the goals in your treatment plan. Near the end, you plan for life after the program and line up the support you will keep.",
        es: "Sus días y horarios son los mismos de principio a fin. Usted crea una rutina estable, aprende habilidades básicas y trabaja en las metas de su plan de tratamiento. Cerca del final, planea su vida después del programa y organiza el apoyo que va a mantener.",
      },
    },
    afterProgram: {
      name: {
        en: "Standard outpatient care, support groups, or both",
        es: "Atención ambulatoria estándar, grupos de apoyo o ambos",
      },
      summary: {
        en: "Most people step down to less care. That can be standard outpatient care, which is fewer than 9 hours a week. It can be support groups such as SMART Recovery or 12-step meetings, or both. If things get harder later, you can step back up.",
        es: "La mayoría de las personas pasa a recibir menos atención. Puede ser atención ambulatoria estándar, que es menos de 9 horas por semana. Pueden ser grupos de apoyo como SMART Recovery o reuniones de 12 pasos, o las dos cosas. Si más adelante las cosas se ponen más difíciles, puede volver a recibir más atención.",
      },
    },
    alumni: {
      sessionsPerWeek: 1,
      cost: { en: "Free", es: "Gratis" },
      summary: {
        en: "Once you finish, you are welcome to keep coming back to stay in touch with the group.",
        es: "Cuando termine, puede seguir viniendo para mantenerse en contacto con el grupo.",
      },
    },
    // Neutral in both languages: a calendar is often shared or seen on a lock screen, so it never names treatment.
    calendar: { summary: { en: "Evening session", es: "Sesión de la tarde" } },
    sources: ["program-policy", "asam-criteria"],
  },
  "content/schedule.ts",
);
