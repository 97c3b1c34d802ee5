import type { ReactNode, Ref } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ConfirmationWords } from "@/lib/callback/fields";

/** Shown in place of the form once the request is safe: the reference, then what happens next (rendered by the server). */
export function Confirmation({
  reference,
  whenWeCall,
  details,
  words,
  ref,
}: {
  reference: string;
  whenWeCall: string;
  details: ReactNode;
  words: ConfirmationWords;
  ref?: Ref<HTMLHeadingElement>;
}) {
  // After a post without JavaScript the browser focuses the heading on load; in the browser the form does.
  const hydrated = useHydrated();
  return (
    <section
      aria-labelledby="callback-confirmation-title"
      className="mt-6 rounded-md border-4 border-brand bg-paper-cool p-5 sm:p-6"
    >
      <h2
        id="callback-confirmation-title"
        ref={ref}
        tabIndex={-1}
        autoFocus={!hydrated}
        className="text-2xl font-bold text-ink"
      >
        {words.title}
      </h2>
      <p className="mt-3 text-xl">
        {/* One text node, so the HTML reads "Your reference is <strong>…" with no React marker between. */}
        {`${words.referenceIs} `}
        <strong className="font-mono tracking-wider">{reference}</strong>
      </p>
      <p className="mt-1 text-ink-soft">{words.quoteIt}</p>
      <h3 className="mt-6 text-xl font-bold">{words.whatNext}</h3>
      <p className="mt-2">{whenWeCall}</p>
      {details}
    </section>
  );
}
