import { useEffect, useEffectEvent, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import { FIELD_NAMES, type CallbackState, type FieldErrors } from "@/lib/callback/fields";
import type { CallbackInput } from "@/lib/callback/schema";
import type { SummaryItem } from "./error-summary";

/**
 * The callback form's errors from both sides, merged: before a submit in this
 * page (a post without JavaScript) the server's, after it react-hook-form's,
 * which also takes the server's answer to a JavaScript submit. Moves focus to
 * the confirmation or the error summary when an answer or a refused submit
 * arrives, and never while the person types.
 */
export function useCallbackErrors(state: CallbackState, form: UseFormReturn<CallbackInput>) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  const { errors: clientErrors, submitCount } = form.formState;

  const serverErrors: FieldErrors = state.status === "invalid" ? state.errors : {};
  const errors: FieldErrors = {};
  for (const name of FIELD_NAMES) {
    const message = submitCount > 0 ? clientErrors[name]?.message : serverErrors[name];
    if (typeof message === "string") errors[name] = message;
  }
  const formError = state.status === "refused" ? state.message : undefined;
  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...FIELD_NAMES.flatMap((field) => (errors[field] ? [{ field, message: errors[field] }] : [])),
  ];

  // A server answer after a submit from this page: show its field errors through react-hook-form, then move focus.
  useEffect(() => {
    if (state.status === "invalid") {
      for (const field of FIELD_NAMES) {
        const message = state.errors[field];
        if (message) form.setError(field, { type: "server", message });
      }
    }
    if (state.status === "sent") confirmationRef.current?.focus();
    else if (state.status !== "idle") summaryRef.current?.focus();
  }, [state, form]);

  // A submit the browser's check refused: focus the summary once its errors are on screen. Keyed on the
  // submit count, so errors that change while the person types never pull focus away from the field.
  const focusSummaryIfErrors = useEffectEvent(() => {
    if (summary.length > 0) summaryRef.current?.focus();
  });
  useEffect(() => {
    if (submitCount > 0) focusSummaryIfErrors();
  }, [submitCount]);

  return { errors, summary, summaryRef, confirmationRef };
}
