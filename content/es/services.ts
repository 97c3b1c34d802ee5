import { safety } from "@/content/es/safety";
import { practicalAnswer } from "@/content/practical";
import { program } from "@/content/program";
import { serviceGroups as englishGroups } from "@/content/services";
import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { careTeamSchema, serviceGroupSchema, serviceSchema } from "@/lib/content/schemas";
import type { z } from "zod";

/**
 * The services of content/services.ts in Spanish. The ids stay English, as
 * anchors: /es/services#family-therapy links straight to a service.
 */
const servicesSchema = withKnownSources(serviceSchema).array();

export const services = parseContent(
  servicesSchema,
  [
    {
      id: "individual-therapy",
      name: "Sesiones individuales",
      description:
        "Usted se reúne a solas con su propio consejero. Juntos trabajan en las metas de su plan de tratamiento y revisan cómo va.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "group-therapy",
      name: "Terapia de grupo",
      description:
        "Usted se reúne con otras personas del programa y un consejero. Aprende habilidades y las practica. Da y recibe apoyo de personas que entienden lo que usted vive.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "family-therapy",
      name: "Terapia familiar",
      description:
        "En las sesiones de familia, un consejero se reúne con usted y con personas cercanas a usted. La meta es ayudar a sanar las relaciones y enseñarle a su familia sobre la recuperación, para que pueda apoyarle.",
      sources: ["program-policy", "samhsa-tip-47", "samhsa-quality-treatment"],
    },
    {
      id: "cbt-and-dbt",
      name: "Terapias TCC y TDC",
      description:
        "La terapia cognitivo-conductual (TCC) le ayuda a notar los pensamientos que le llevan a consumir y a practicar nuevas formas de responder. Los estudios la respaldan para el consumo de sustancias. La terapia dialéctica conductual (TDC) enseña habilidades para las emociones fuertes y los momentos difíciles.",
      sources: ["program-policy", "nida-principles"],
    },
    {
      id: "expressive-therapy",
      name: "Terapia expresiva",
      description:
        "Algunos sentimientos son difíciles de poner en palabras. La terapia expresiva usa actividades creativas, como el arte, para ayudarle a explorarlos.",
      sources: ["program-policy"],
    },
    {
      id: "holistic-options",
      name: "Yoga, arteterapia y atención plena",
      description:
        "Además de la terapia, puede probar el yoga, la arteterapia o la atención plena (mindfulness). Estas actividades se suman a su terapia; no la reemplazan.",
      sources: ["program-policy"],
    },
    {
      id: "addiction-science-education",
      name: "Cómo funcionan la adicción y los detonantes",
      description:
        "Estas clases enseñan cómo la adicción afecta al cerebro. Usted aprende a reconocer sus propios detonantes, como ciertas personas, lugares o sentimientos, y a prepararse para ellos.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "trauma-focused-education",
      name: "Clases sobre el trauma",
      description:
        "El trauma es el efecto duradero de hechos difíciles o que dan miedo. Estas clases le ayudan a entender el trauma y le acompañan en los sentimientos dolorosos.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "relapse-prevention-planning",
      name: "Un plan para prevenir una recaída",
      description:
        "Con su equipo, usted hace un plan para seguir por buen camino. El plan incluye sus detonantes, las personas a las que puede acudir y qué hacer en un momento difícil. Lo sigue mejorando con el tiempo.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "medicine",
      name: "Medicinas para la adicción",
      description: `${practicalAnswer("medication", program, "es").text} ${safety.opioids.text}`,
      sources: ["program-policy", "samhsa-tip-63", "ahrq-moud-overdose"],
    },
    {
      id: "dual-diagnosis-care",
      name: "Atención de la salud mental y del consumo a la vez",
      description:
        "Algunas personas con un trastorno por consumo de sustancias también tienen ansiedad, depresión u otro problema de salud mental. Esto se llama diagnóstico dual, o trastornos que ocurren juntos. Su equipo trata los dos a la vez.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "medical-support",
      name: "Chequeos médicos y apoyo",
      description:
        "El personal de enfermería le hace chequeos y le ayuda a cuidar su salud. Cuando lo necesite, puede ver a un psiquiatra, un médico de salud mental.",
      sources: ["program-policy"],
    },
    {
      id: "drug-testing",
      name: "Pruebas de drogas como parte de su atención",
      description:
        "Las pruebas de drogas, por lo general de orina, son una forma en que usted y su equipo ven cómo va el tratamiento. Un resultado positivo no es motivo para castigarle. Le dice a su equipo que quizás haya que cambiar su plan.",
      sources: ["program-policy"],
    },
    {
      id: "crisis-intervention",
      name: "Apoyo en una crisis",
      description:
        "Si tiene una crisis durante el programa, el personal interviene para ayudarle. Tal vez necesite más apoyo, o un nivel de atención más intensivo por un tiempo. En una emergencia, como una sobredosis, llame primero al 911, a cualquier hora. Si tiene una crisis que no es una emergencia, llame al 988 o envíe un texto al 988.",
      sources: ["program-policy", "988-lifeline"],
    },
    {
      id: "case-management",
      name: "Manejo de casos",
      description:
        "Una persona encargada de su caso le ayuda con necesidades prácticas fuera de la terapia, como vivienda, dinero, transporte o cuidado de niños. También le pone en contacto con otras ayudas en su comunidad y en línea.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "smart-recovery",
      name: "Reuniones de SMART Recovery",
      description:
        "Las reuniones de SMART Recovery son un tipo de grupo de ayuda mutua: personas en recuperación se reúnen para ayudarse entre sí. Puede ir durante el programa y seguir yendo cuando termine.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "twelve-step-meetings",
      name: "Reuniones de 12 pasos",
      description:
        "Grupos como Alcohólicos Anónimos y Narcóticos Anónimos siguen doce pasos de recuperación. Personas en recuperación se reúnen para apoyarse entre sí. Puede ir como parte del programa y seguir yendo cuando termine.",
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "alumni-mentorship",
      name: "Grupo y mentores después del programa",
      description:
        "Cuando termine, puede seguir en contacto. Puede seguir viniendo gratis a un grupo, una vez por semana. Mentores que también terminaron el programa le ayudan a seguir trabajando en sus metas.",
      sources: ["program-policy"],
    },
  ] satisfies z.input<typeof servicesSchema>,
  "content/es/services.ts",
);

/** The group titles on /es/services; which services sit in which group is the English file's. */
const GROUP_TITLES: Readonly<Record<string, string>> = {
  therapy: "Terapia y consejería",
  skills: "Aprender y practicar habilidades",
  health: "Salud y seguridad",
  "daily-life": "La vida diaria y el apoyo entre compañeros",
};

/** Every Spanish service in exactly one group, as content/services.ts checks for the English. */
const serviceGroupsSchema = serviceGroupSchema.array().superRefine((groups, ctx) => {
  const grouped = groups.flatMap((group) => group.serviceIds);
  for (const service of services) {
    const count = grouped.filter((id) => id === service.id).length;
    if (count !== 1) {
      ctx.addIssue({ code: "custom", path: [], message: `service "${service.id}" is in ${count} groups, not 1` });
    }
  }
  for (const id of grouped.filter((id) => !services.some((s) => s.id === id))) {
    ctx.addIssue({ code: "custom", path: [], message: `no service with id "${id}"` });
  }
});

export const serviceGroups = parseContent(
  serviceGroupsSchema,
  englishGroups.map((group) => ({ ...group, title: GROUP_TITLES[group.id] })),
  "content/es/services.ts",
  "serviceGroups",
);

const careTeamContentSchema = withKnownSources(careTeamSchema);

export const careTeam = parseContent(
  careTeamContentSchema,
  {
    plan: "Después de su evaluación, usted recibe un plan de tratamiento hecho para usted. El plan fija sus metas y dice qué servicios va a usar. Un consejero con licencia hace la evaluación.",
    members: [
      {
        role: "Su consejero",
        description: "Usted tiene su propio consejero, que dirige sus sesiones individuales y le ayuda con su plan.",
      },
      {
        role: "Consejeros en alcohol y drogas",
        description: "Consejeros formados en adicciones dirigen los grupos y las clases.",
      },
      {
        role: "Médicos y personal de enfermería",
        description:
          "El personal de enfermería le hace chequeos. Los médicos pueden recetar medicinas para la adicción. Un psiquiatra, un médico de salud mental, le atiende cuando lo necesite.",
      },
    ],
    afterHours: `${practicalAnswer("afterHours", program, "es").text} En una emergencia, como una sobredosis, llame primero al 911.`,
    sources: ["program-policy", "988-lifeline"],
  } satisfies z.input<typeof careTeamContentSchema>,
  "content/es/services.ts",
  "careTeam",
);

/** Every source the services and care team cite, in first-use order, for the page's source list. */
export const serviceSourceIds: string[] = [...new Set([...services.flatMap((s) => s.sources), ...careTeam.sources])];
