import { TextWithPhoneLinks } from "@/components/content/text-with-phone-links";
import { practicalAnswer, type PracticalTopic } from "@/content/practical";
import { safetyFor } from "@/content/by-lang";
import { program as defaultProgram } from "@/content/program";
import type { SafetyTopic } from "@/content/safety";
import type { Program } from "@/lib/content/schemas";
import type { Lang } from "@/lib/i18n/locales";

/*
 * Answers to "can I actually come?" from content/program.ts. A field the
 * provider left out shows "Ask us" with the admissions phone instead of a blank.
 */

/** One answer as running text, for use inside a paragraph. */
export function Practical({
  lang,
  topic,
  program = defaultProgram,
}: {
  lang: Lang;
  topic: PracticalTopic;
  program?: Program;
}) {
  return <TextWithPhoneLinks text={practicalAnswer(topic, program, lang).text} />;
}

/** Several answers as a list with a bold label each, e.g. on /admissions: first call, assessment, day one. */
export function PracticalList({
  lang,
  topics,
  program = defaultProgram,
}: {
  lang: Lang;
  topics: PracticalTopic[];
  program?: Program;
}) {
  return (
    <dl className="not-prose my-6 space-y-4">
      {topics.map((topic) => {
        const answer = practicalAnswer(topic, program, lang);
        return (
          <div
            key={topic}
            className="rounded-lg border-l-4 border-brand bg-paper-cool p-4"
            data-ask-us={answer.askUs || undefined}
          >
            <dt className="font-bold text-ink">{answer.label}</dt>
            <dd className="mt-1 text-ink">
              {answer.items ? (
                <ul className="list-disc space-y-1 pl-5">
                  {answer.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : (
                <TextWithPhoneLinks text={answer.text} />
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Safety facts about withdrawal, opioids and overdose, from content/safety.ts (or its Spanish twin), a paragraph each. */
export function SafetyNote({ lang, topics }: { lang: Lang; topics: SafetyTopic[] }) {
  const safety = safetyFor(lang);
  return (
    <>
      {topics.map((topic) => (
        <p key={topic}>
          <TextWithPhoneLinks text={safety[topic].text} />
        </p>
      ))}
    </>
  );
}
