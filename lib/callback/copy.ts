import { formatCount } from "@/lib/format";
import type { Lang } from "@/lib/i18n/locales";
import type { BEST_TIMES, CALL_LANGUAGES, ConfirmationWords, FOR_WHOM, INSURANCE, YES_NO } from "./fields";
import { LIMITS } from "./fields";
import { EXAMPLE_PHONE } from "./phone";
import {
  BEST_TIME_LABELS,
  CALL_LANGUAGE_LABELS,
  FOR_WHOM_LABELS,
  INSURANCE_LABELS,
  VOICEMAIL_LABELS,
  VOICEMAIL_RULES,
} from "./labels";

/**
 * The words of the callback form in each language: labels, hints, options and
 * the button, the error summary's title; and the confirmation's headings. The
 * server component (components/callback/callback-form.tsx) hands one
 * language's copy to the client form as a prop, so only that language travels
 * to the browser. Plain strings only: props to a client component must be
 * serializable. The messages for wrong answers are in lib/callback/messages.ts.
 */

type Text = { label: string; hint?: string };
type Choice<T extends readonly string[]> = Text & { options: Record<T[number], string> };

export type CallbackCopy = {
  name: Text;
  phone: Text;
  callLanguage: Choice<typeof CALL_LANGUAGES>;
  callLanguageOther: Text;
  email: Text;
  forWhom: Choice<typeof FOR_WHOM>;
  relationship: Text;
  voicemailOk: Choice<typeof YES_NO>;
  bestTime: Choice<typeof BEST_TIMES>;
  insurance: Choice<typeof INSURANCE>;
  message: Text;
  consent: Text;
  /** The hidden honeypot's label, in case a tool reads it out. */
  honeypot: string;
  submit: string;
  sending: string;
  /** Read by screen readers while the request is on its way. */
  sendingStatus: string;
  /** "There is a problem": the error summary's title, and the start of the status line ("…: 2 errors."). */
  problem: string;
  errors: { one: string; other: string };
};

const en: CallbackCopy = {
  name: { label: "Your name", hint: "The name you would like us to use when we call." },
  phone: { label: "Phone number", hint: `A US number we can call, for example ${EXAMPLE_PHONE}.` },
  callLanguage: {
    label: "What language should we use when we call?",
    hint: "If it is not English or Spanish, we call you with an interpreter.",
    options: CALL_LANGUAGE_LABELS,
  },
  callLanguageOther: {
    label: "If another language, which one? (optional)",
    hint: "For example, Vietnamese or Haitian Creole. If you leave this blank, we will ask.",
  },
  email: {
    label: "Email address (optional)",
    hint: "Only if you would like an email from us as well. We will not add you to a mailing list.",
  },
  forWhom: {
    label: "Who is the call about?",
    hint: "Family members and friends can ask for a call too.",
    options: FOR_WHOM_LABELS,
  },
  relationship: {
    label: "If it is about someone else, how do you know them? (optional)",
    hint: "For example, parent, partner or friend.",
  },
  voicemailOk: {
    label: "If we miss you, may we leave a voicemail that names the program?",
    hint: `Choose no if someone else might hear your messages. ${VOICEMAIL_RULES.en}`,
    options: VOICEMAIL_LABELS,
  },
  bestTime: { label: "When is the best time to call? (optional)", options: BEST_TIME_LABELS },
  insurance: {
    label: "What insurance do you have? (optional)",
    hint: "This helps us check your coverage before we call. Having no insurance is fine.",
    options: INSURANCE_LABELS,
  },
  message: {
    label: "Anything you would like us to know? (optional)",
    hint: `For example, questions you have or times we should not call. Please do not include medical details here; we will ask on the phone. Up to ${formatCount(LIMITS.message)} characters.`,
  },
  consent: {
    label: "I agree that the admissions team may contact me about this request.",
    hint: "Sending this form does not start treatment. In an emergency, call 911, or call or text 988.",
  },
  honeypot: "Website",
  submit: "Send request",
  sending: "Sending…",
  sendingStatus: "Sending your request.",
  problem: "There is a problem",
  errors: { one: "error", other: "errors" },
};

const es: CallbackCopy = {
  name: { label: "Su nombre", hint: "El nombre que quiere que usemos cuando le llamemos." },
  phone: {
    label: "Número de teléfono",
    hint: `Un número de EE. UU. al que podamos llamar, por ejemplo ${EXAMPLE_PHONE}.`,
  },
  callLanguage: {
    label: "¿En qué idioma quiere que le llamemos?",
    hint: "Si no es inglés ni español, le llamamos con un intérprete.",
    options: { en: "Inglés", es: "Español", other: "Otro idioma, con intérprete" },
  },
  callLanguageOther: {
    label: "Si es otro idioma, ¿cuál? (opcional)",
    hint: "Por ejemplo, portugués o criollo haitiano. Si lo deja en blanco, se lo preguntaremos.",
  },
  email: {
    label: "Correo electrónico (opcional)",
    hint: "Solo si también quiere recibir un correo de nosotros. No le agregaremos a ninguna lista de correo.",
  },
  forWhom: {
    label: "¿Para quién es la llamada?",
    hint: "Los familiares y los amigos también pueden pedir una llamada.",
    options: { self: "Para mí", "loved-one": "Para alguien que me importa" },
  },
  relationship: {
    label: "Si es para otra persona, ¿qué relación tiene con ella? (opcional)",
    hint: "Por ejemplo, madre, padre, pareja o amigo.",
  },
  voicemailOk: {
    label: "Si no le encontramos, ¿podemos dejarle un mensaje de voz que diga el nombre del programa?",
    hint: `Elija no si otra persona podría escuchar sus mensajes. ${VOICEMAIL_RULES.es}`,
    options: { yes: "Sí, está bien", no: "No, no digan el nombre del programa" },
  },
  bestTime: {
    label: "¿Cuál es la mejor hora para llamarle? (opcional)",
    options: { morning: "Por la mañana", afternoon: "Por la tarde", evening: "Por la noche", any: "A cualquier hora" },
  },
  insurance: {
    label: "¿Qué seguro médico tiene? (opcional)",
    hint: "Esto nos ayuda a revisar su cobertura antes de llamarle. Está bien si no tiene seguro.",
    options: {
      private: "Seguro privado (por su trabajo o comprado por usted)",
      medicaid: "Medicaid",
      medicare: "Medicare",
      tricare: "TRICARE",
      none: "No tengo seguro",
      "not-sure": "No lo sé",
    },
  },
  message: {
    label: "¿Hay algo más que quiera decirnos? (opcional)",
    hint: `Por ejemplo, preguntas que tenga o a qué horas no debemos llamar. Por favor, no escriba detalles médicos aquí; se los preguntaremos por teléfono. Hasta ${formatCount(LIMITS.message)} caracteres.`,
  },
  consent: {
    label: "Acepto que el equipo de admisiones me contacte sobre esta solicitud.",
    hint: "Enviar este formulario no inicia un tratamiento. En una emergencia, llame al 911, o llame o envíe un mensaje de texto al 988.",
  },
  honeypot: "Sitio web",
  submit: "Enviar solicitud",
  sending: "Enviando…",
  sendingStatus: "Enviando su solicitud.",
  problem: "Hay un problema",
  errors: { one: "error", other: "errores" },
};

export const callbackCopy: Readonly<Record<Lang, CallbackCopy>> = { en, es };

/**
 * The confirmation's own words. They come with the server's answer to a sent
 * request (CallbackState "sent"), not with the form: a page shows "Your
 * reference is" only once a request was received, which the tests of the
 * limits and of the nginx recipe read as "sent".
 */
export const confirmationWords: Readonly<Record<Lang, ConfirmationWords>> = {
  en: {
    title: "Request received",
    referenceIs: "Your reference is",
    quoteIt: "You can quote it if you call us.",
    whatNext: "What happens next",
  },
  es: {
    title: "Recibimos su solicitud",
    referenceIs: "Su número de referencia es",
    quoteIt: "Puede darlo si nos llama.",
    whatNext: "Qué pasa ahora",
  },
};
