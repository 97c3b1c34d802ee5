import type { Lang } from "@/lib/i18n/locales";

/**
 * The words of the site's frame and of the components pages use: header,
 * footer, crisis strip, page foot, tables and boxes. Facts never appear here
 * (they come from content/program.ts and content/schedule.ts); each entry that
 * takes one is a function of it. One type for both languages, so a word
 * missing in Spanish fails the type check. Server-only in practice: client
 * components get their words as props.
 */
export type UiText = {
  skipLink: string;
  crisisStrip: { label: string; lead: string; free: string };
  header: { menu: string; mainNav: string; callAdmissions: string; home: string };
  languageNav: {
    label: string;
    /** The link to this page in this language, shown on the other language's twin, in this language's words. */
    thisPage: string;
    /** The header's link to this language's home page, shown on the other language's pages. */
    siteName: string;
  };
  footer: {
    admissions: string;
    text: string;
    crisisHeading: string;
    aboutHeading: string;
    privacyLine: string;
    /** A short notice in the other language, so a Spanish speaker on an English page knows help exists. */
    languageAssistance?: { lang: Lang; text: string; link: string };
  };
  page: {
    sources: string;
    source: (n: number) => string;
    nextStep: string;
    updated: string;
    sinceReview: string;
    reviewed: string;
    byOur: string;
    /** After a source written in English, on the pages of another language: "(en inglés)", as NIDA does. */
    inEnglish?: string;
  };
  atAGlance: {
    heading: string;
    when: string;
    howLong: string;
    where: string;
    cost: string;
    whoAnswers: string;
    evenings: (days: string, times: string) => string;
    orMornings: string;
    plannedFor: (weeks: string) => string;
    insuranceChecked: string;
  };
  phonePanel: { call: string; hours: string; preferText: string };
  faqList: { heading: string; backToAll: string };
  compareTable: {
    /** `count` is the number of levels as a word ("four" | "cuatro"). */
    title: (count: string) => string;
    note: string;
    whatWeOffer: string;
    fourthEdition: (name: string) => string;
    notCovered: string;
    /** "ASAM level 2.1"; `plural` for a span such as "3.1 to 4". */
    asamLevel: (level: string, plural: boolean) => string;
  };
  careTeam: { afterHoursHeading: string };
  schedule: ScheduleText;
  crisisNotice: string;
  referralLine: (name: string) => string;
  programLength: (weeks: number) => string;
  selfCheck: {
    label: string;
    legend: string;
    intro: string;
    ifTrue: string;
    ifNotTrue: string;
    outro: string;
    summary: SelfCheckSummaryText;
  };
  notFound: {
    title: string;
    description: string;
    heading: string;
    body: string;
    callUs: string;
    mainPages: string;
  };
};

/** The words of the schedule page's components and of the evening calendar file. Facts arrive formatted. */
export type ScheduleText = {
  evenings: string;
  mornings: string;
  /** "Mornings at" and a location's name from content/program.ts. */
  trackAt: (track: string, place: string) => string;
  /** Screen-reader only, between a track and its place in a column header: "at ". */
  at: string;
  weekly: {
    caption: (days: string) => string;
    intro: string;
    noWeekends: string;
    day: string;
    /** Before the end time in a table cell ("to" | "a"). */
    to: string;
    noSession: string;
    weeklyTotal: string;
    /** "Monday to Thursday, 3 hours each time". */
    eachTime: (days: string, hours: string) => string;
    address: (address: string) => string;
  };
  evening: { title: (times: string) => string; example: string };
  stepDown: {
    during: string;
    /** `days` is a word or a range of words ("four", "four to five"); `hours` figures. */
    daysAndHours: (days: string, hours: string) => string;
    designedToLast: (weeks: number) => string;
    then: string;
    alumni: string;
    howOften: string;
    cost: string;
    /** `count` is the number as a word, agreed with "session" (una sesión). */
    sessionsAWeek: (count: string, n: number) => string;
  };
  calendar: {
    download: string;
    holds: (sessions: number, days: string, times: string, weeks: number) => string;
    firstOne: (day: string) => string;
    startLater: string;
    entryCalled: (summary: string) => string;
    /** The description inside each calendar entry. */
    description: (times: string, days: string, weeks: number) => string;
  };
};

/** The self-check summary's words: a client component, so they travel as props, one language at a time. */
export type SelfCheckSummaryText = {
  button: string;
  heading: string;
  intro: string;
  safetyFirst: string;
  toDiscuss: string;
  toDiscussIntro: string;
  mayHelp: string;
  outro: string;
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const ui: Record<Lang, UiText> = {
  en: {
    skipLink: "Skip to main content",
    crisisStrip: { label: "Help in a crisis", lead: "In crisis or in danger?", free: "(free, 24/7)" },
    header: { menu: "Menu", mainNav: "Main", callAdmissions: "Call admissions", home: "home page" },
    languageNav: { label: "Language", thisPage: "Read this page in English", siteName: "English" },
    footer: {
      admissions: "Admissions:",
      text: "Text:",
      crisisHeading: "Help in a crisis, any time",
      aboutHeading: "About this site",
      privacyLine: "No tracking, no ads, no cookies. What you send us goes only to our admissions team.",
      languageAssistance: {
        lang: "es",
        text: "¿Habla español? Este sitio está en español, y puede pedir una llamada en español.",
        link: "Ver el sitio en español",
      },
    },
    page: {
      sources: "Sources",
      source: (n) => `Source ${n}`,
      nextStep: "Your next step",
      updated: "Page last updated:",
      sinceReview: "since its last review.",
      reviewed: "Page last reviewed:",
      byOur: "by our",
    },
    atAGlance: {
      heading: "At a glance",
      when: "When",
      howLong: "How long",
      where: "Where",
      cost: "Cost",
      whoAnswers: "Who answers",
      evenings: (days, times) => `Evenings, ${days}, ${times}`,
      orMornings: ", or mornings (times differ by clinic)",
      plannedFor: (weeks) => `Planned for ${weeks}`,
      insuranceChecked: "We check your insurance for free before you start",
    },
    phonePanel: { call: "Call", hours: "Phone hours:", preferText: "Prefer to text?" },
    faqList: { heading: "Questions on this page", backToAll: "Back to all questions" },
    compareTable: {
      title: (count) => `How the ${count} main levels of care compare`,
      note: "ASAM levels are from the third edition; the fourth edition's names are shown where they changed. Small numbers link to the sources at the end of this page.",
      whatWeOffer: "What we offer",
      fourthEdition: (name) => `4th edition: ${name}`,
      notCovered: "Varies: our sources give no typical figure, so ask the program",
      asamLevel: (level, plural) => `ASAM ${plural ? "levels" : "level"} ${level}`,
    },
    careTeam: { afterHoursHeading: "Between sessions and after hours" },
    schedule: {
      evenings: "Evenings",
      mornings: "Mornings",
      trackAt: (track, place) => `${track} at ${place}`,
      at: "at ",
      weekly: {
        caption: (days) => `Session times, ${days}`,
        intro: "Choose one track. The times stay the same each week.",
        noWeekends: " There are no sessions on weekends.",
        day: "Day",
        to: "to",
        noSession: "No session",
        weeklyTotal: "Weekly total",
        eachTime: (days, hours) => `${days}, ${hours} each time`,
        address: (address) => `, at ${address}`,
      },
      evening: {
        title: (times) => `One evening, ${times}`,
        example: "(an example: topics change from night to night)",
      },
      stepDown: {
        during: "During the program",
        daysAndHours: (days, hours) => `${capitalize(days)} days a week, ${hours} hours a week`,
        designedToLast: (weeks) =>
          `Designed to last ${weeks} weeks. You may finish sooner if you and your team agree you no longer need this much care.`,
        then: "Then",
        alumni: "Alumni sessions",
        howOften: "How often",
        cost: "Cost",
        sessionsAWeek: (count, n) => `${capitalize(count)} ${n === 1 ? "session" : "sessions"} a week`,
      },
      calendar: {
        download: "Download the evening sessions (calendar file)",
        holds: (sessions, days, times, weeks) =>
          `The file puts ${sessions} sessions in your phone or computer calendar: ${days}, ${times}, for ${weeks} weeks.`,
        firstOne: (day) => `The first one is on the next ${day} (or today, if today is a ${day}).`,
        startLater:
          "If you start later, delete the sessions before your first day. If you finish sooner, delete the ones you no longer need.",
        entryCalled: (summary) =>
          `Each entry is called “${summary}”. It does not say what the session is for, in case other people can see your calendar.`,
        description: (times, days, weeks) => `${times}, ${days}, for ${weeks} weeks.`,
      },
    },
    crisisNotice: "If you or someone else is in danger right now, do not wait for a callback.",
    referralLine: (name) => `the ${name} at`,
    programLength: (weeks) => `${weeks} weeks`,
    selfCheck: {
      label: "Self-check",
      legend: "Check each statement that is true for you",
      intro:
        "There are no right or wrong answers, and nothing you check is sent anywhere. Under each statement you can read what it means either way.",
      ifTrue: "If this is true for you:",
      ifNotTrue: "If not, or you are not sure:",
      outro:
        "When you reach the end, look again at the statements you could not check. Those are the things to bring up at your assessment. Not checking some of them does not mean IOP is wrong for you.",
      summary: {
        button: "Show my summary",
        heading: "Your summary",
        intro:
          "This is not a diagnosis and there is no score. It sorts what you checked into things to talk about and things that may help, so you are ready for your assessment.",
        safetyFirst: "Please talk to someone about this first",
        toDiscuss: "Things to talk about at your assessment",
        toDiscussIntro: "You did not check these statements.",
        mayHelp: "What may help you in IOP",
        outro:
          "Only a conversation with a counselor can tell which level of care fits you. You can write these points down or print this page to bring to your call.",
      },
    },
    notFound: {
      title: "Page not found",
      description:
        "We could not find that page. You can call our admissions team or go to one of the main pages of this site.",
      heading: "We could not find that page",
      body: "The link may be old, or the address may have a typo. You have not lost anything, and help is still here.",
      callUs: "To talk to a person, call our admissions team at",
      mainPages: "Main pages",
    },
  },
  es: {
    skipLink: "Saltar al contenido principal",
    crisisStrip: { label: "Ayuda en una crisis", lead: "¿Está en crisis o en peligro?", free: "(gratis, a toda hora)" },
    header: { menu: "Menú", mainNav: "Principal", callAdmissions: "Llamar a admisiones", home: "página principal" },
    languageNav: { label: "Idioma", thisPage: "Leer esta página en español", siteName: "Español" },
    footer: {
      admissions: "Admisiones:",
      text: "Textos:",
      crisisHeading: "Ayuda en una crisis, a cualquier hora",
      aboutHeading: "Sobre este sitio",
      privacyLine:
        "Sin rastreo, sin anuncios, sin cookies. Lo que nos envía llega solo a nuestro equipo de admisiones.",
    },
    page: {
      sources: "Fuentes",
      source: (n) => `Fuente ${n}`,
      nextStep: "Su siguiente paso",
      updated: "Última actualización de la página:",
      sinceReview: "después de su última revisión.",
      reviewed: "Última revisión de la página:",
      byOur: "revisada por:",
      inEnglish: "(en inglés)",
    },
    atAGlance: {
      heading: "En resumen",
      when: "Cuándo",
      howLong: "Cuánto dura",
      where: "Dónde",
      cost: "Costo",
      whoAnswers: "Quién contesta",
      evenings: (days, times) => `Por la tarde, ${days}, ${times}`,
      orMornings: ", o por la mañana (el horario cambia según la clínica)",
      plannedFor: (weeks) => `Planeado para ${weeks}`,
      insuranceChecked: "Revisamos su seguro gratis antes de que empiece",
    },
    phonePanel: { call: "Llame al", hours: "Horario de teléfono:", preferText: "¿Prefiere enviar un texto?" },
    faqList: { heading: "Preguntas en esta página", backToAll: "Volver a todas las preguntas" },
    compareTable: {
      title: (count) => `Cómo se comparan los ${count} niveles principales de atención`,
      note: "Los niveles ASAM son de la tercera edición; donde la cuarta edición cambió el nombre, se muestra también. Los números pequeños llevan a las fuentes al final de esta página.",
      whatWeOffer: "Lo ofrecemos",
      fourthEdition: (name) => `4.ª edición: ${name}`,
      notCovered: "Varía: nuestras fuentes no dan una cifra típica, así que pregunte en el programa",
      asamLevel: (level, plural) => `${plural ? "Niveles" : "Nivel"} ASAM ${level}`,
    },
    careTeam: { afterHoursHeading: "Entre sesiones y fuera de horario" },
    schedule: {
      evenings: "Tardes",
      mornings: "Mañanas",
      trackAt: (track, place) => `${track} en ${place}`,
      at: "en ",
      weekly: {
        caption: (days) => `Horario de las sesiones, ${days}`,
        intro: "Elija un horario. Las horas son las mismas cada semana.",
        noWeekends: " No hay sesiones los fines de semana.",
        day: "Día",
        to: "a",
        noSession: "No hay sesión",
        // "semana" is wider than the day column on a 320 px phone; the table is a week, so "Total" says it.
        weeklyTotal: "Total",
        eachTime: (days, hours) => `${days}, ${hours} cada vez`,
        address: (address) => `, en ${address}`,
      },
      evening: {
        title: (times) => `Una tarde, ${times}`,
        example: "(es un ejemplo: los temas cambian de un día a otro)",
      },
      stepDown: {
        during: "Durante el programa",
        daysAndHours: (days, hours) => `${capitalize(days)} días por semana, ${hours} horas por semana`,
        designedToLast: (weeks) =>
          `Está pensado para durar ${weeks} semanas. Puede terminar antes si usted y su equipo están de acuerdo en que ya no necesita tanta atención.`,
        then: "Después",
        alumni: "Sesiones para personas que terminaron el programa",
        howOften: "Cada cuánto",
        cost: "Costo",
        sessionsAWeek: (count, n) => `${capitalize(count)} ${n === 1 ? "sesión" : "sesiones"} por semana`,
      },
      calendar: {
        download: "Descargar las sesiones de la tarde (archivo de calendario)",
        holds: (sessions, days, times, weeks) =>
          `El archivo pone ${sessions} sesiones en el calendario de su teléfono o computadora: ${days}, ${times}, durante ${weeks} semanas.`,
        firstOne: (day) => `La primera es el próximo ${day} (u hoy, si hoy es ${day}).`,
        startLater:
          "Si empieza más tarde, borre las sesiones antes de su primer día. Si termina antes, borre las que ya no necesite.",
        entryCalled: (summary) =>
          `Cada entrada se llama “${summary}”. No dice para qué es la sesión, por si otras personas pueden ver su calendario.`,
        description: (times, days, weeks) => `${capitalize(times)}, ${days}, durante ${weeks} semanas.`,
      },
    },
    crisisNotice: "Si usted u otra persona está en peligro ahora mismo, no espere a que le llamemos.",
    referralLine: (name) => `la ${name} al`,
    programLength: (weeks) => `${weeks} semanas`,
    selfCheck: {
      label: "Autoevaluación",
      legend: "Marque cada frase que sea cierta para usted",
      intro:
        "No hay respuestas buenas ni malas, y nada de lo que marque se envía a ningún lado. Debajo de cada frase puede leer qué significa en cada caso.",
      ifTrue: "Si esto es cierto para usted:",
      ifNotTrue: "Si no lo es, o no está seguro:",
      outro:
        "Al llegar al final, vuelva a mirar las frases que no pudo marcar. Son los temas para hablar en su evaluación. No marcar algunas no quiere decir que el IOP no sea para usted.",
      summary: {
        button: "Ver mi resumen",
        heading: "Su resumen",
        intro:
          "Esto no es un diagnóstico y no hay puntaje. Ordena lo que marcó en temas para hablar y cosas que pueden ayudarle, para que llegue listo a su evaluación.",
        safetyFirst: "Por favor, hable de esto con alguien primero",
        toDiscuss: "Temas para hablar en su evaluación",
        toDiscussIntro: "Usted no marcó estas frases.",
        mayHelp: "Lo que puede ayudarle en el IOP",
        outro:
          "Solo una conversación con un consejero puede decir qué nivel de atención le conviene. Puede anotar estos puntos o imprimir esta página para tenerlos en su llamada.",
      },
    },
    notFound: {
      title: "No encontramos la página",
      description:
        "No encontramos esa página. Puede llamar a nuestro equipo de admisiones o ir a una de las páginas principales.",
      heading: "No encontramos esa página",
      body: "Puede que el enlace sea viejo o que la dirección tenga un error. No ha perdido nada, y la ayuda sigue aquí.",
      callUs: "Para hablar con una persona, llame a nuestro equipo de admisiones al",
      mainPages: "Páginas principales",
    },
  },
};
