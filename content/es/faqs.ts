import { referralLine } from "@/content/crisis-lines";
import { safety, safetySources } from "@/content/es/safety";
import { practicalAnswer } from "@/content/practical";
import { program } from "@/content/program";
import { schedule } from "@/content/schedule";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import { withKnownSources } from "@/lib/content/known-sources";
import { parseContent } from "@/lib/content/parse";
import { faqSchema } from "@/lib/content/schemas";
import { formatHourFigure } from "@/lib/format";
import { formatRange } from "@/lib/i18n/format";
import { daysPerWeek, hoursPerSession, scheduleTracks } from "@/lib/schedule";
import type { z } from "zod";

/*
 * The questions of content/faqs.ts in Spanish: the same ids, so /es/faq#<id>
 * links work, and the same sources. Program facts are computed from
 * content/program.ts and content/schedule.ts as the English computes them.
 */

const tracks = scheduleTracks(schedule, program.locations);
const blockHours = formatRange(
  "es",
  tracks.map((t) => hoursPerSession(t.block)),
  formatHourFigure,
);
const daysAWeek = formatRange(
  "es",
  tracks.map((t) => daysPerWeek(t.block)),
  String,
);
const weeks = `${program.programLengthWeeks} semanas`;
const phone = program.admissionsPhone.display;
const answer = (topic: Parameters<typeof practicalAnswer>[0]) => practicalAnswer(topic, program, "es").text;
const samhsa = referralLine("es");
const helpline = samhsa ? `${samhsa.name} (${samhsa.number})` : "Línea Nacional de Ayuda de SAMHSA";

const faqsSchema = withKnownSources(faqSchema).array();

export const faqs = parseContent(
  faqsSchema,
  [
    {
      id: "how-long-is-iop",
      question: "¿Cuánto dura el IOP?",
      answer: [
        `Nuestro programa está pensado para durar ${weeks}, y usted puede terminar antes. ${answer("stayingLonger")}`,
        "En otros programas es distinto: la mayoría dura de 8 a 12 semanas, y algunos solo 4.",
      ],
      sources: ["program-policy", "asam-criteria", "landmark-iop-2025", "whitesands-iop-2025"],
    },
    {
      id: "iop-vs-inpatient",
      question: "¿En qué se diferencia el IOP de otros tratamientos?",
      answer: [
        "En el tratamiento residencial, usted vive en el centro, con personal de día y de noche. En el IOP, usted vive en su casa y viene 9 horas por semana o más. El tratamiento ambulatorio estándar tiene menos horas.",
        "Una revisión de 2014 que reunió 12 estudios encontró que, para la mayoría de las personas, el IOP funciona más o menos igual de bien que el tratamiento residencial. Pero si necesita atención médica para dejar de consumir sin peligro, lo más seguro es empezar con atención de día y de noche.",
      ],
      links: [{ href: "/es/compare", label: "Compare los niveles de atención" }],
      sources: ["mccarty-2014", "samhsa-tip-47", "asam-criteria"],
    },
    {
      id: "what-is-a-day-like",
      question: "¿Cómo es una sesión? ¿Tengo que hablar en el grupo?",
      answer: [
        `Cada sesión dura ${blockHours} horas. Usted viene ${daysAWeek} días por semana, los mismos días durante todo el programa. Puede elegir las sesiones de la tarde o las de la mañana; el horario de la mañana depende de la clínica. ${answer("eveningPlace")}`,
        `Cada sesión combina terapia de grupo con un consejero, una clase de habilidades y descansos cortos. Todos tienen su turno para hablar, y usted puede pasar. ${answer("oneToOne")}`,
      ],
      links: [{ href: "/es/schedule", label: "Vea el horario de la semana" }],
      sources: ["program-policy", "samhsa-tip-47"],
    },
    {
      id: "can-i-keep-working",
      question: "¿Puedo seguir trabajando? ¿Puedo pedir permiso sin perder mi empleo?",
      answer: [
        "La mayoría de las personas sigue trabajando o estudiando, y viene a las sesiones en sus horas libres. Si necesita faltar al trabajo, una ley llamada FMLA puede darle un permiso sin sueldo para recibir tratamiento y proteger su empleo. Esta ley cubre a muchos trabajadores, pero no cubre las faltas causadas por el consumo.",
        "Otra ley, la ADA, protege a las personas que están en tratamiento o que ya lo terminaron, si ahora no consumen drogas ilegales. Nunca le decimos nada a su empleador sin su permiso por escrito.",
      ],
      sources: ["dol-fmla-825-119", "ada-42-usc-12114", "hhs-42-cfr-part-2", "program-policy"],
    },
    {
      id: "insurance-and-cost",
      question: "¿El seguro cubre el IOP? ¿Cuánto cuesta?",
      answer: [
        `Muchos seguros médicos cubren el IOP, y Medicare lo cubre desde 2024. ${answer("insurance")} La ${helpline} es gratis, y también puede indicarle programas que cuestan menos.`,
      ],
      links: [{ href: "/es/admissions", label: "Pídanos que revisemos su seguro" }],
      sources: ["cms-medicare-iop-2024", "program-policy", "samhsa-helpline"],
    },
    {
      id: "confidentiality",
      question: "¿Alguien se va a enterar de que estoy en tratamiento?",
      answer: [
        "Dos leyes federales protegen sus expedientes: la ley HIPAA, y la norma 42 CFR Part 2 para el tratamiento del consumo de sustancias. Sin su permiso por escrito, no podemos decirle a nadie que usted es paciente, ni contar lo que usted nos dice. Eso incluye a su empleador y a su familia. La ley permite unas pocas excepciones muy limitadas, como una emergencia médica.",
      ],
      sources: ["hhs-42-cfr-part-2", "hhs-hipaa-privacy-rule"],
    },
    {
      id: "insurance-statement",
      question: "¿Lo verán mis padres o mi pareja en su seguro?",
      answer: [
        "Es posible. Si otra persona es la titular de su seguro médico, el seguro puede enviarle por correo un resumen de la atención que usted recibió. Se llama explicación de beneficios. Usted tiene derecho a pedirle a su seguro que se lo envíe a usted a otra dirección. Pida a su seguro «comunicaciones confidenciales».",
      ],
      sources: ["hhs-confidential-communications", "program-policy"],
    },
    {
      id: "medicine",
      question: "¿Puedo venir si tomo buprenorfina o metadona?",
      answer: [
        `Sí. ${answer("medication")}`,
        "Las medicinas son el tratamiento habitual para el trastorno por consumo de opioides. A nadie se le debe negar otro tratamiento porque las toma.",
      ],
      links: [{ href: "/es/services#medicine", label: "Las medicinas en nuestro programa" }],
      sources: ["program-policy", "samhsa-tip-63"],
    },
    {
      id: "family-involvement",
      question: "¿Puede participar mi familia?",
      answer: [
        "Sí, si usted quiere. En las sesiones de familia, un consejero les ayuda a usted y a su familia a hablar y a recuperar la confianza. Usted decide quién participa y qué podemos compartir con esas personas.",
      ],
      links: [{ href: "/es/for-families", label: "Lea nuestra página para familias" }],
      sources: ["program-policy", "samhsa-quality-treatment"],
    },
    {
      id: "family-support",
      question: "¿Hay ayuda para mí, como familiar?",
      answer: [
        `Sí. Hay grupos gratis, como Al-Anon, Nar-Anon y SMART Recovery Family & Friends, que se reúnen en persona y en línea. La ${helpline} puede indicarle dónde hay ayuda cerca de usted. Si su ser querido consume opioides, tenga naloxona en casa.`,
      ],
      links: [{ href: "/es/for-families", label: "Lea nuestra página para familias" }],
      sources: ["al-anon", "nar-anon", "smart-family-friends", "samhsa-helpline", "fda-naloxone-otc-2023"],
    },
    {
      id: "after-iop",
      question: "¿Qué pasa después del IOP?",
      answer: [
        "La mayoría pasa a menos atención: al tratamiento ambulatorio estándar, a grupos de apoyo o a los dos. También puede seguir viniendo gratis, una vez por semana, a un grupo para quienes terminaron el programa. Si después las cosas se ponen difíciles, puede volver a recibir más atención.",
      ],
      links: [{ href: "/es/schedule", label: "Después del programa" }],
      sources: ["samhsa-tip-47", "program-policy"],
    },
    {
      id: "how-soon-can-i-start",
      question: "¿Cuándo puedo empezar? ¿Con quién voy a hablar?",
      answer: [
        `Muchas veces, a los pocos días de su primera llamada. Llame al ${phone} (${formatAdmissionsHours(program.admissionsHours, "es")}), o pídanos que le devolvamos la llamada. Usted habla con el propio equipo de admisiones de ${program.shortName}, no con un centro de llamadas. Nadie le presiona para inscribirse.`,
        "Después viene una evaluación: una conversación sobre su salud, su consumo de sustancias y su vida diaria. La página de admisiones explica cada paso.",
      ],
      links: [{ href: "/es/admissions", label: "Pida una llamada" }],
      sources: ["program-policy"],
    },
    {
      id: "is-iop-right-for-me",
      question: "¿Cómo sé si el IOP es para mí?",
      answer: [
        `El IOP suele servir a personas que tienen un hogar seguro, algo de apoyo y una forma de llegar a las sesiones. ${safety.withdrawal.text} ${safety.opioids.text}`,
      ],
      links: [{ href: "/es/is-iop-right-for-me", label: "Revise la lista de preguntas" }],
      sources: ["samhsa-tip-47", "asam-criteria", ...safetySources(["withdrawal", "opioids"])],
    },
    {
      id: "can-family-call",
      question: "¿Puedo llamar por otra persona, como mi pareja o mi hijo?",
      answer: [
        "Sí, incluso antes de que su ser querido acepte recibir tratamiento. Sin el permiso por escrito de esa persona, no podemos decir si está en nuestro programa, ni nada sobre su atención. Aun así, podemos escuchar lo que usted nos quiera contar.",
      ],
      links: [{ href: "/es/admissions", label: "Pida una llamada para un ser querido" }],
      sources: ["program-policy", "hhs-42-cfr-part-2"],
    },
    {
      id: "what-if-i-use",
      question: "¿Qué pasa si consumo durante el programa?",
      answer: [
        "Si tomó algo y se siente muy mal, llame al 911 ahora. Si siente que no está a salvo, llame al 988 o envíe un texto al 988, a cualquier hora.",
        `Después, cuénteselo a su equipo. No es un fracaso: ajustamos su plan junto con usted. ${safety.tolerance.text} ${safety.naloxone.text}`,
      ],
      links: [{ href: "/es/services#crisis-intervention", label: "Apoyo en una crisis" }],
      sources: ["program-policy", "988-lifeline", ...safetySources(["tolerance", "naloxone"])],
    },
  ] satisfies z.input<typeof faqsSchema>,
  "content/es/faqs.ts",
);

/**
 * Every source the answers cite, in first-cited order, for the Spanish FAQ
 * page's metadata.sources: the same list as the English page's.
 */
export const faqSourceIds: string[] = [...new Set(faqs.flatMap((f) => f.sources))];
