import type { Lang } from "@/lib/i18n/locales";
import { EXAMPLE_PHONE, type PhoneProblem } from "./phone";

/**
 * What the callback schema says about each field, one whole sentence per
 * field and problem in each language: Spanish needs an article and a gender
 * for each field, so no sentence is built as `${label} must…`. GOV.UK style:
 * say what to do, in the words of the form; Spanish uses usted.
 *
 * Typed as Record<Lang, CallbackMessages>, so a language missing a message
 * fails the type check. Both sets ship in the resolver chunk that loads once
 * the form is in use (lib/callback/resolver.ts); the form's labels do not
 * come from here (lib/callback/copy.ts).
 */

/** Why a one-line text was refused (lib/callback/schema.ts singleLineProblem). */
export type LineProblem = "oneLine" | "direction" | "hidden" | "markup";

type TextMessages = {
  notText: string;
  /** `max` is already written out, e.g. "1,500". */
  tooLong: (max: string) => string;
  line: Record<LineProblem, string>;
};

type ChoiceMessages = { notText: string; choose: string };

export interface CallbackMessages {
  name: TextMessages & { missing: string; noLetter: string };
  phone: { missing: string; notText: string; tooLong: (max: string) => string; problems: Record<PhoneProblem, string> };
  callLanguage: ChoiceMessages;
  callLanguageOther: TextMessages;
  email: TextMessages & { format: string };
  forWhom: string;
  relationship: TextMessages;
  voicemailOk: string;
  bestTime: ChoiceMessages;
  insurance: ChoiceMessages;
  message: { notText: string; tooLong: (max: string) => string; special: string; direction: string };
  consent: string;
  /** The submission key is missing or malformed: a form from before a deploy, or a hand-made post. */
  expired: string;
  /** An error on something the person cannot see or change. */
  notRight: string;
}

const en: CallbackMessages = {
  name: {
    missing: "Enter your name",
    notText: "Name must be text",
    tooLong: (max) => `Name must be ${max} characters or fewer`,
    noLetter: "Name must have at least one letter",
    line: {
      oneLine: "Name must be on one line, without special characters",
      direction: "Name must not contain text-direction characters",
      hidden: "Name has a hidden character in it that cannot be seen. Please type it again",
      markup: "Name must not contain < or >",
    },
  },
  phone: {
    missing: "Enter your phone number",
    notText: "Phone number must be text",
    tooLong: (max) => `Phone number must be ${max} characters or fewer`,
    problems: {
      letters: `Enter the phone number using digits only, like ${EXAMPLE_PHONE}`,
      characters: `Enter the phone number using digits only, like ${EXAMPLE_PHONE}`,
      "not-us": "Enter a US phone number. From outside the US, please call us instead",
      length: `Enter a 10-digit US phone number, like ${EXAMPLE_PHONE}`,
      invalid: `Enter a real US phone number, like ${EXAMPLE_PHONE}`,
    },
  },
  callLanguage: { notText: "Language must be text", choose: "Select a language from the list" },
  callLanguageOther: {
    notText: "Other language must be text",
    tooLong: (max) => `Other language must be ${max} characters or fewer`,
    line: {
      oneLine: "Other language must be on one line, without special characters",
      direction: "Other language must not contain text-direction characters",
      hidden: "Other language has a hidden character in it that cannot be seen. Please type it again",
      markup: "Other language must not contain < or >",
    },
  },
  email: {
    notText: "Email address must be text",
    tooLong: (max) => `Email address must be ${max} characters or fewer`,
    format: "Enter an email address in the correct format, like name@example.com",
    line: {
      oneLine: "Email address must be on one line, without special characters",
      direction: "Email address must not contain text-direction characters",
      hidden: "Email address has a hidden character in it that cannot be seen. Please type it again",
      markup: "Email address must not contain < or >",
    },
  },
  forWhom: "Select who the call is about",
  relationship: {
    notText: "Relationship must be text",
    tooLong: (max) => `Relationship must be ${max} characters or fewer`,
    line: {
      oneLine: "Relationship must be on one line, without special characters",
      direction: "Relationship must not contain text-direction characters",
      hidden: "Relationship has a hidden character in it that cannot be seen. Please type it again",
      markup: "Relationship must not contain < or >",
    },
  },
  voicemailOk: "Select yes or no for leaving a voicemail",
  bestTime: { notText: "Best time must be text", choose: "Select a time from the list" },
  insurance: { notText: "Insurance must be text", choose: "Select an insurance option from the list" },
  message: {
    notText: "Message must be text",
    tooLong: (max) => `Message must be ${max} characters or fewer`,
    special: "Message must not contain special characters",
    direction: "Message must not contain text-direction characters",
  },
  consent: "Check the box to agree that we may contact you",
  expired: "This form has expired. Reload the page and send it again",
  notRight: "Something in the form was not right. Please check it and send it again",
};

const es: CallbackMessages = {
  name: {
    missing: "Escriba su nombre",
    notText: "El nombre debe ser texto",
    tooLong: (max) => `El nombre debe tener ${max} caracteres o menos`,
    noLetter: "El nombre debe tener al menos una letra",
    line: {
      oneLine: "Escriba el nombre en una sola línea, sin caracteres especiales",
      direction: "El nombre no debe tener caracteres que cambian la dirección del texto",
      hidden: "El nombre tiene un carácter oculto que no se ve. Por favor, escríbalo de nuevo",
      markup: "El nombre no debe tener los signos < ni >",
    },
  },
  phone: {
    missing: "Escriba su número de teléfono",
    notText: "El número de teléfono debe ser texto",
    tooLong: (max) => `El número de teléfono debe tener ${max} caracteres o menos`,
    problems: {
      letters: `Escriba el número de teléfono solo con números, por ejemplo ${EXAMPLE_PHONE}`,
      characters: `Escriba el número de teléfono solo con números, por ejemplo ${EXAMPLE_PHONE}`,
      "not-us": "Escriba un número de teléfono de EE. UU. Si está fuera de EE. UU., llámenos",
      length: `Escriba un número de teléfono de EE. UU. de 10 dígitos, por ejemplo ${EXAMPLE_PHONE}`,
      invalid: `Escriba un número de teléfono real de EE. UU., por ejemplo ${EXAMPLE_PHONE}`,
    },
  },
  callLanguage: { notText: "El idioma debe ser texto", choose: "Elija un idioma de la lista" },
  callLanguageOther: {
    notText: "El otro idioma debe ser texto",
    tooLong: (max) => `El otro idioma debe tener ${max} caracteres o menos`,
    line: {
      oneLine: "Escriba el otro idioma en una sola línea, sin caracteres especiales",
      direction: "El otro idioma no debe tener caracteres que cambian la dirección del texto",
      hidden: "El otro idioma tiene un carácter oculto que no se ve. Por favor, escríbalo de nuevo",
      markup: "El otro idioma no debe tener los signos < ni >",
    },
  },
  email: {
    notText: "El correo electrónico debe ser texto",
    tooLong: (max) => `El correo electrónico debe tener ${max} caracteres o menos`,
    format: "Escriba un correo electrónico válido, por ejemplo nombre@ejemplo.com",
    line: {
      oneLine: "Escriba el correo electrónico en una sola línea, sin caracteres especiales",
      direction: "El correo electrónico no debe tener caracteres que cambian la dirección del texto",
      hidden: "El correo electrónico tiene un carácter oculto que no se ve. Por favor, escríbalo de nuevo",
      markup: "El correo electrónico no debe tener los signos < ni >",
    },
  },
  forWhom: "Elija para quién es la llamada",
  relationship: {
    notText: "La relación debe ser texto",
    tooLong: (max) => `La relación debe tener ${max} caracteres o menos`,
    line: {
      oneLine: "Escriba la relación en una sola línea, sin caracteres especiales",
      direction: "La relación no debe tener caracteres que cambian la dirección del texto",
      hidden: "La relación tiene un carácter oculto que no se ve. Por favor, escríbala de nuevo",
      markup: "La relación no debe tener los signos < ni >",
    },
  },
  voicemailOk: "Elija sí o no para dejar un mensaje de voz",
  bestTime: { notText: "La hora debe ser texto", choose: "Elija una hora de la lista" },
  insurance: { notText: "El seguro debe ser texto", choose: "Elija una opción de seguro de la lista" },
  message: {
    notText: "El mensaje debe ser texto",
    tooLong: (max) => `El mensaje debe tener ${max} caracteres o menos`,
    special: "El mensaje no debe tener caracteres especiales",
    direction: "El mensaje no debe tener caracteres que cambian la dirección del texto",
  },
  consent: "Marque la casilla para aceptar que le contactemos",
  expired: "Este formulario venció. Vuelva a cargar la página y envíelo de nuevo",
  notRight: "Algo en el formulario no estaba bien. Por favor, revíselo y envíelo de nuevo",
};

export const callbackMessages: Readonly<Record<Lang, CallbackMessages>> = { en, es };
