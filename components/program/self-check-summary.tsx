"use client";

import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { CrisisLineLinks } from "@/components/ui/crisis-line-links";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { SelfCheckSummaryText } from "@/content/ui";
import type { CrisisLine, SelfCheckItem } from "@/lib/content/schemas";
import { summarizeSelfCheck } from "@/lib/self-check";

function readChecked(form: HTMLFormElement | null | undefined): Set<string> {
  if (!form) return new Set();
  return new Set(new FormData(form).getAll("statement").filter((value): value is string => typeof value === "string"));
}

/** Sits inside the self-check form and reads its checkboxes; it never sends them anywhere. */
type CrisisLink = Pick<CrisisLine, "id" | "action" | "href" | "text">;

export function SelfCheckSummaryPanel({
  items,
  crisisLinks,
  words,
}: {
  items: SelfCheckItem[];
  crisisLinks: CrisisLink[];
  /** In the page's language; only that language's words reach the browser. */
  words: SelfCheckSummaryText;
}) {
  const hydrated = useHydrated();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [checkedIds, setCheckedIds] = useState<ReadonlySet<string> | null>(null);
  const shown = checkedIds !== null;

  // Once the summary is open, keep it in step with the boxes.
  useEffect(() => {
    const form = buttonRef.current?.form;
    if (!shown || !form) return;
    const update = () => setCheckedIds(readChecked(form));
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, [shown]);

  if (!hydrated) return null;

  const showSummary = () => {
    flushSync(() => setCheckedIds(readChecked(buttonRef.current?.form)));
    headingRef.current?.focus();
  };

  const summary = checkedIds && summarizeSelfCheck(items, checkedIds);

  return (
    <div className="mt-6">
      <button
        ref={buttonRef}
        type="button"
        onClick={showSummary}
        className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
      >
        {words.button}
      </button>
      {summary && (
        <section
          aria-labelledby="self-check-summary"
          className="mt-6 rounded-lg border-2 border-brand bg-paper-cool p-5"
        >
          <h3 id="self-check-summary" ref={headingRef} tabIndex={-1} className="text-xl font-bold text-ink">
            {words.heading}
          </h3>
          <p className="mt-2">{words.intro}</p>

          {summary.safetyFirst.length > 0 && (
            <div className="mt-4 rounded-r-lg border-l-4 border-accent bg-accent-light p-4">
              <h4 className="font-bold">{words.safetyFirst}</h4>
              <ul className="mt-2 space-y-2">
                {summary.safetyFirst.map((item) => (
                  <li key={item.id}>{item.ifNotTrue}</li>
                ))}
              </ul>
              <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
                {crisisLinks.map((line) => (
                  <li key={line.id}>
                    <CrisisLineLinks line={line} className="inline-flex min-h-6 items-center font-semibold" />
                  </li>
                ))}
              </ul>
            </div>
          )}

          {summary.toDiscuss.length > 0 && (
            <>
              <h4 className="mt-4 font-bold">{words.toDiscuss}</h4>
              <p className="mt-1 text-ink-soft">{words.toDiscussIntro}</p>
              <ul className="mt-2 list-disc space-y-2 pl-6">
                {summary.toDiscuss.map((item) => (
                  <li key={item.id}>
                    <q className="italic">{item.statement}</q> {item.ifNotTrue}
                  </li>
                ))}
              </ul>
            </>
          )}

          {summary.checked.length > 0 && (
            <>
              <h4 className="mt-4 font-bold">{words.mayHelp}</h4>
              <ul className="mt-2 list-disc space-y-2 pl-6">
                {summary.checked.map((item) => (
                  <li key={item.id}>{item.ifTrue}</li>
                ))}
              </ul>
            </>
          )}

          <p className="mt-4">{words.outro}</p>
        </section>
      )}
    </div>
  );
}
