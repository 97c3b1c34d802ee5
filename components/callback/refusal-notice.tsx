import { program } from "@/content/program";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import { LIMITS } from "@/lib/callback/fields";
import type { RefusalKind } from "@/lib/callback/refusal";
import { formatCount } from "@/lib/format";
import type { Lang } from "@/lib/i18n/locales";
import { fieldId } from "./field";

type NoticeWords = {
  title: string;
  reasons: Record<Exclude<RefusalKind, "origin">, string>;
  /** Before the phone link, between it and the hours, and the link back to the form. */
  call: string;
  or: string;
  fillAgain: string;
};

const WORDS: Record<Lang, NoticeWords> = {
  en: {
    title: "Your request was not sent",
    reasons: {
      "too-large": `It was too long for our form. The message box holds up to ${formatCount(LIMITS.message)} characters, about 250 words.`,
      unreadable: "What reached us could not be read as the form.",
      "too-many": "Too many requests came from your connection in the last few minutes. Please wait a minute first.",
    },
    call: "Please call admissions at",
    or: "or",
    fillAgain: "fill in the form again",
  },
  es: {
    title: "Su solicitud no se envió",
    reasons: {
      "too-large": `Era demasiado larga para nuestro formulario. El cuadro del mensaje admite hasta ${formatCount(LIMITS.message)} caracteres, unas 250 palabras.`,
      unreadable: "Lo que nos llegó no se pudo leer como el formulario.",
      "too-many":
        "Llegaron demasiadas solicitudes desde su conexión en los últimos minutos. Por favor, espere un minuto antes de intentarlo de nuevo.",
    },
    call: "Por favor, llame a admisiones al",
    or: "o",
    fillAgain: "llene el formulario de nuevo",
  },
};

/**
 * Shown at the top of an admissions page, in its language, when proxy.ts (or
 * the nginx recipe) refused a post before the form could read it, so nothing
 * typed can be put back. Rendered by the server and focused on load, like the
 * form's error summary, so it works without JavaScript. The header and footer
 * still carry the phone number and the crisis lines.
 */
export function RefusalNotice({ kind, lang }: { kind: RefusalKind; lang: Lang }) {
  if (kind === "origin") return null; // the form's own summary says it, with what was typed
  const phone = program.admissionsPhone;
  const words = WORDS[lang];
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <div
        role="alert"
        tabIndex={-1}
        autoFocus
        aria-labelledby="refusal-title"
        className="rounded-md border-4 border-danger p-4 focus:outline-3 focus:outline-focus"
      >
        <p id="refusal-title" className="text-xl font-bold">
          {words.title}
        </p>
        <p className="mt-2">{words.reasons[kind]}</p>
        <p className="mt-2">
          {words.call}{" "}
          <a href={`tel:${phone.e164}`} className="font-bold whitespace-nowrap">
            {phone.display}
          </a>{" "}
          ({formatAdmissionsHours(program.admissionsHours, lang)}), {words.or}{" "}
          <a href={`#${fieldId("name")}`}>{words.fillAgain}</a>.
        </p>
      </div>
    </div>
  );
}
