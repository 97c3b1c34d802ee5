import { safety, safetySources } from "@/content/es/safety";
import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { selfCheckSchema } from "@/lib/content/schemas";
import type { z } from "zod";

/**
 * The self-check of content/self-check.ts in Spanish: what tends to help
 * people do well in IOP, as statements a person can check. It never scores
 * or diagnoses; each answer only says what to talk about at the assessment.
 */
const selfCheckContentSchema = withKnownSources(selfCheckSchema);

export const selfCheck = parseContent(
  selfCheckContentSchema,
  {
    items: [
      {
        id: "no-detox-needed",
        statement:
          "No necesito ayuda médica para dejar de consumir sin peligro. No tengo síntomas de abstinencia, o un médico me dijo que puedo dejarlo sin desintoxicación.",
        ifTrue: `El programa ambulatorio intensivo (IOP, por sus siglas en inglés) puede ser un primer paso para usted. ${safety.opioids.text}`,
        ifNotTrue: `${safety.withdrawal.text} Primero puede recibir atención para la abstinencia (desintoxicación), y después seguir con el IOP. ${safety.opioids.text} Llámenos o llame a su médico hoy. ${safety.withdrawalEmergency.text}`,
        safety: true,
      },
      {
        id: "stable-home",
        statement: "Mi hogar es estable y no hay alcohol ni drogas.",
        ifTrue: "Un hogar seguro le da un lugar para practicar cada día lo que aprende.",
        ifNotTrue:
          "Dígaselo a su consejero en la evaluación. Puede ayudarle un hogar de vida sobria (una vivienda compartida sin alcohol ni drogas), o una atención más estructurada mientras empieza.",
      },
      {
        id: "support-network",
        statement: "Tengo al menos una persona que apoya mi recuperación.",
        ifTrue: "Su familia, sus amigos o un padrino o una madrina pueden ayudarle entre una sesión y otra.",
        ifNotTrue:
          "Eso es común, y puede cambiar. La terapia de grupo, las reuniones de ayuda mutua y las personas que terminaron nuestro programa pueden ayudarle a encontrar apoyo.",
      },
      {
        id: "commitment",
        statement:
          "Puedo comprometerme a venir a las sesiones y a trabajar en un plan de tratamiento durante varias semanas.",
        ifTrue: "El IOP pide varias sesiones por semana. Venir cada vez le ayuda a crear una rutina.",
        ifNotTrue:
          "Hable de lo que se lo impide, como su horario de trabajo, el cuidado de sus hijos o sentimientos encontrados. Es normal tener dudas, y podemos hablarlo juntos.",
      },
      {
        id: "transportation",
        statement: "Tengo una forma confiable de llegar a las sesiones.",
        ifTrue: "Poder llegar sin problemas hace mucho más fácil seguir viniendo.",
        ifNotTrue:
          "Pregunte a qué clínica le es más fácil llegar, y si el manejo de casos puede ayudarle a planear cómo llegar.",
      },
      {
        id: "daily-duties",
        statement: "Tengo un trabajo, estudios o personas que cuidar, y quiero seguir con eso.",
        ifTrue: "Con el IOP puede seguir con su vida diaria y venir a las sesiones según su horario.",
        ifNotTrue: "Está bien. El IOP también puede ser para usted. En la evaluación vemos toda su situación.",
      },
      {
        id: "anxiety-or-depression",
        statement: "También vivo con ansiedad o depresión.",
        ifTrue:
          "El IOP puede tratarlas junto con el consumo de sustancias. Dígaselo a su consejero en la evaluación, para que su plan incluya las dos cosas. Si ahora siente que su salud mental está muy mal o que no está a salvo, puede ser más seguro empezar con un nivel de atención más intensivo.",
        ifNotTrue: "Está bien. En la evaluación igual le preguntaremos por su salud mental, como a todas las personas.",
      },
      {
        id: "relapse-risk",
        statement: "Me preocupa volver a consumir si no tengo apoyo cada semana.",
        ifTrue: "Tener sesiones varias veces por semana le da un apoyo constante mientras crea nuevos hábitos.",
        ifNotTrue:
          "Si ya se siente estable, quizás le sirva más una opción menos intensiva, como el tratamiento ambulatorio estándar. Pregunte por ella en su evaluación.",
      },
    ],
    sources: ["samhsa-tip-47", "asam-criteria", ...safetySources(["withdrawal", "withdrawalEmergency", "opioids"])],
  } satisfies z.input<typeof selfCheckContentSchema>,
  "content/es/self-check.ts",
);
