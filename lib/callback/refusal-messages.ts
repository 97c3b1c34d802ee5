import type { Lang } from "@/lib/i18n/locales";

/**
 * What the server action says when it turns a request away as a whole, in the
 * page's language. Each names the admissions phone (`phone`, as displayed), so
 * a person who cannot use the form can still reach a person. The expired-form
 * message comes from the schema (lib/callback/messages.ts), which also checks it.
 */
export type RefusalMessages = {
  /** Not our page's post: no FormData, a foreign or missing Origin, no honeypot field. */
  reloadAndTryAgain: (phone: string) => string;
  /** The site-wide ceiling: the form is closed for everyone for now. */
  formBusy: (phone: string) => string;
  /** This client's own limit. */
  tooManyFromDevice: (phone: string) => string;
  /** The outbox could not save it. */
  notSaved: (phone: string) => string;
};

export const refusalMessages: Readonly<Record<Lang, RefusalMessages>> = {
  en: {
    reloadAndTryAgain: (phone) =>
      `We could not accept the form from this page. Please reload the page and try again, or call us at ${phone}.`,
    formBusy: (phone) =>
      `We are getting an unusual number of requests right now, so this form is busy. Please call our admissions team at ${phone} instead.`,
    tooManyFromDevice: (phone) =>
      `Too many requests have been sent from this device in the last hour. Please call us at ${phone} instead.`,
    notSaved: (phone) =>
      `Sorry, we could not save your request just now. Please call us at ${phone}, or try again in a few minutes.`,
  },
  es: {
    reloadAndTryAgain: (phone) =>
      `No pudimos aceptar el formulario desde esta página. Por favor, vuelva a cargar la página e inténtelo de nuevo, o llámenos al ${phone}.`,
    formBusy: (phone) =>
      `Estamos recibiendo muchas más solicitudes de lo normal, así que este formulario está ocupado. Por favor, llame a nuestro equipo de admisiones al ${phone}.`,
    tooManyFromDevice: (phone) =>
      `Se enviaron demasiadas solicitudes desde este dispositivo en la última hora. Por favor, llámenos al ${phone}.`,
    notSaved: (phone) =>
      `Lo sentimos, no pudimos guardar su solicitud en este momento. Por favor, llámenos al ${phone}, o inténtelo de nuevo en unos minutos.`,
  },
};
