import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { crisisLines } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { formatAdmissionsHours } from "@/lib/admissions-hours";
import type { Lang } from "@/lib/i18n/locales";
import { telHref } from "@/lib/phone-links";
import type { CrisisLine } from "@/lib/content/schemas";

const WORDS: Record<Lang, { questions: string; ratherNotWait: string; helpNow: string; or: string }> = {
  en: {
    questions:
      "We will ask a few questions about what is going on and what you need. There is no cost and no pressure to decide anything on that call.",
    ratherNotWait: "If you would rather not wait, call admissions at",
    helpNow: "If you need help now",
    or: "or",
  },
  es: {
    questions:
      "Le haremos algunas preguntas sobre lo que está pasando y lo que necesita. La llamada no tiene costo y no tiene que decidir nada en ella.",
    ratherNotWait: "Si prefiere no esperar, llame a admisiones al",
    helpNow: "Si necesita ayuda ahora",
    or: "o",
  },
};

/**
 * The crisis lines' words in Spanish, by line id (design §1c); numbers and
 * links stay those of content/crisis-lines.ts. The words belong beside the
 * lines in that file, which has only English yet: move them there once it
 * speaks both languages. A line without Spanish words fails the build.
 */
const SPANISH_LINES: Record<string, { name: string; action: string; textAction?: string; detail: string }> = {
  "911": {
    name: "Emergencias",
    action: "Llame al 911",
    detail: "Si usted u otra persona está en peligro o tiene una emergencia médica.",
  },
  "988": {
    name: "Línea 988 de Prevención del Suicidio y Crisis",
    action: "Llame al 988",
    textAction: "envíe AYUDA al 988",
    detail:
      "Gratis y confidencial, las 24 horas, todos los días. También para crisis por consumo de alcohol o drogas. Al llamar, oprima 2 para hablar en español.",
  },
  samhsa: {
    name: "Línea Nacional de Ayuda de SAMHSA",
    action: "Llame al 1-800-662-4357",
    detail:
      "Gratis y confidencial, las 24 horas, los 365 días del año. Información y referidos a tratamiento en inglés y en español (elija la opción de español). TTY: 1-800-487-4889.",
  },
};

function inLang(line: CrisisLine, lang: Lang): CrisisLine {
  if (lang === "en") return line;
  const words = SPANISH_LINES[line.id];
  if (!words)
    throw new Error(`No Spanish words for crisis line "${line.id}" in components/callback/confirmation-details.tsx.`);
  return {
    ...line,
    name: words.name,
    action: words.action,
    detail: words.detail,
    text: line.text && words.textAction ? { ...line.text, action: words.textAction } : line.text,
  };
}

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
        {crisisLines
          .map((line) => inLang(line, lang))
          .map((line) => (
            <li key={line.id}>
              {lang === "en" ? (
                <CrisisLineLinks line={line} className="font-bold" />
              ) : (
                <SpanishLinks line={line} or={words.or} />
              )}{" "}
              ({line.name}). {line.detail}
            </li>
          ))}
      </ul>
    </>
  );
}

/** CrisisLineLinks joins its two links with the English "or". */
function SpanishLinks({ line, or }: { line: CrisisLine; or: string }) {
  return (
    <>
      <a href={line.href} className="font-bold">
        {line.action}
      </a>
      {line.text && (
        <>
          {` ${or} `}
          <a href={line.text.href} className="font-bold">
            {line.text.action}
          </a>
        </>
      )}
    </>
  );
}
