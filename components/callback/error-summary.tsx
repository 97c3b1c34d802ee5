import type { MouseEvent, Ref } from "react";
import { fieldId } from "./field";
import { useHydrated } from "@/components/ui/use-hydrated";

export type SummaryItem = { field?: string; message: string };

/**
 * "There is a problem" ("Hay un problema") at the top of the form, focused when it appears, one
 * link per field (alphagov/govuk-frontend error-summary). A click moves focus
 * into the field and brings its label into view, as GOV.UK's script does; the
 * plain #link still works without JavaScript.
 */
export function ErrorSummary({
  items,
  title,
  ref,
}: {
  items: SummaryItem[];
  /** "There is a problem" in the page's language. */
  title: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const hydrated = useHydrated();
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="callback-error-summary-title"
      // Rendered by the server after a post without JavaScript: the browser focuses it on load.
      // In the browser the form moves focus itself, and a summary that comes back while someone types must not.
      autoFocus={!hydrated}
      className="mb-8 rounded-md border-4 border-danger p-4 focus:outline-3 focus:outline-focus"
    >
      <h2 id="callback-error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 space-y-1">
        {items.map((item) => (
          <li key={`${item.field ?? "form"}:${item.message}`} className="font-bold text-danger">
            {item.field ? (
              <a href={`#${fieldId(item.field)}`} onClick={focusField} className="text-danger">
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  const legendOrLabel =
    input.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${id}"]`);
  (legendOrLabel ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
