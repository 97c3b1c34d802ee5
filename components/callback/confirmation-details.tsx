import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisLinesFor } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { Lang } from "@/lib/i18n/locales";
import { telHref } from "@/lib/phone-links";

const WORDS: Record<Lang, { questions: string; ratherNotWait: string; helpNow: string }> = {
  en: {
    questions:
      "We will ask a few questions about what is going on and what you need. There is no cost and no pressure to decide anything on that call.",
    ratherNotWait: "If you would rather not wait, call admissions at",
    helpNow: "If you need help now",
  },
  es: {
    questions:
      "Le haremos algunas preguntas sobre lo que está pasando y lo que necesita. La llamada no tiene costo y no tiene que decidir nada en ella.",
    ratherNotWait: "Si prefiere no esperar, llame a admisiones al",
    helpNow: "Si necesita ayuda ahora",
  },
};

/**
 * The parts of the confirmation that never change, rendered once by the
 * server in the page's language and handed to the form as a slot. They follow
 * "What happens next" and the time of the call, which the server action works
 * out per request.
 */
export function ConfirmationDetails({ lang }: { lang: Lang }) {
  const words = WORDS[lang];
  return (
    <>
      <p className="mt-2">{words.questions}</p>
      <p className="mt-2">
        {words.ratherNotWait}{" "}
        <a href={telHref(program.admissionsPhone)} className="font-bold whitespace-nowrap">
          {program.admissionsPhone.display}
        </a>{" "}
        ({formatAdmissionsHours(program.admissionsHours, lang)}).
      </p>
      <h3 className="mt-6 text-xl font-bold">{words.helpNow}</h3>
      <ul className="mt-2 space-y-3">
        {crisisLinesFor(lang).map((line) => (
          <li key={line.id}>
            <CrisisLineLinks line={line} className="font-bold" /> ({line.name}). {line.detail}
          </li>
        ))}
      </ul>
    </>
  );
}
