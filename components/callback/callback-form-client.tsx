"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { submitCallbackRequest } from "@/lib/callback/actions";
import {
  BEST_TIME_LABELS,
  EXAMPLE_PHONE,
  FOR_WHOM_LABELS,
  INSURANCE_LABELS,
  VOICEMAIL_LABELS,
  VOICEMAIL_RULE,
} from "@/lib/callback/labels";
import {
  BEST_TIMES,
  FOR_WHOM,
  HONEYPOT,
  INSURANCE,
  initialCallbackState,
  LIMITS,
  SUBMISSION_KEY,
  YES_NO,
  type FieldName,
  type FormValues,
} from "@/lib/callback/fields";
import { callbackResolver, loadResolver } from "@/lib/callback/resolver";
import { formatCount } from "@/lib/format";
import { Confirmation } from "./confirmation";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, RadioGroup, TextAreaField, TextField } from "./field";
import { useCallbackErrors } from "./use-callback-errors";

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

function oneOf<T extends string>(choices: readonly T[], value: string | undefined): T | undefined {
  return choices.find((choice) => choice === value);
}

/** The four questions answered by choosing one option; the form places each where it belongs in the page order. */
const RADIO_GROUPS = {
  forWhom: {
    label: "Who is the call about?",
    hint: "Family members and friends can ask for a call too.",
    options: options(FOR_WHOM, FOR_WHOM_LABELS),
  },
  voicemailOk: {
    label: "If we miss you, may we leave a voicemail that names the program?",
    hint: `Choose no if someone else might hear your messages. ${VOICEMAIL_RULE}`,
    options: options(YES_NO, VOICEMAIL_LABELS),
  },
  bestTime: {
    label: "When is the best time to call? (optional)",
    hint: undefined,
    options: options(BEST_TIMES, BEST_TIME_LABELS),
  },
  insurance: {
    label: "What insurance do you have? (optional)",
    hint: "This helps us check your coverage before we call. Having no insurance is fine.",
    options: options(INSURANCE, INSURANCE_LABELS),
  },
} satisfies Partial<Record<FieldName, { label: string; hint: string | undefined; options: unknown }>>;

/**
 * The callback form. A plain <form action> posting to a server action is the
 * baseline, so it works before or without JavaScript; once hydrated,
 * react-hook-form checks the same zod schema on submit and then on every
 * change, and only a valid form goes to the server.
 */
export function CallbackFormClient({
  submissionKey,
  confirmationDetails,
}: {
  submissionKey: string;
  confirmationDetails: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(submitCallbackRequest, initialCallbackState);
  const values: FormValues = state.status === "invalid" || state.status === "refused" ? state.values : {};

  // These seed react-hook-form; each input's own defaultValue below is what the server renders, and all a page
  // without JavaScript has.
  const form = useForm({
    resolver: callbackResolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
    defaultValues: {
      name: values.name ?? "",
      phone: values.phone ?? "",
      email: values.email ?? "",
      forWhom: oneOf(FOR_WHOM, values.forWhom),
      relationship: values.relationship ?? "",
      bestTime: values.bestTime ?? "",
      insurance: values.insurance ?? "",
      voicemailOk: oneOf(YES_NO, values.voicemailOk),
      message: values.message ?? "",
      consent: values.consent === "yes" ? "yes" : false,
      [SUBMISSION_KEY]: submissionKey,
    },
  });
  const { errors, summary, summaryRef, confirmationRef } = useCallbackErrors(state, form);

  if (state.status === "sent") {
    return (
      <Confirmation
        ref={confirmationRef}
        reference={state.reference}
        whenWeCall={state.whenWeCall}
        details={confirmationDetails}
      />
    );
  }

  // Only a form that passes the schema goes to the server; the same FormData a post without JavaScript would send.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const formElement = event.currentTarget;
    void form.handleSubmit(() => {
      const data = new FormData(formElement);
      startTransition(() => formAction(data));
    })(event);
  }

  const radioGroup = (name: keyof typeof RADIO_GROUPS) => (
    <RadioGroup
      {...RADIO_GROUPS[name]}
      name={name}
      error={errors[name]}
      checked={values[name]}
      inputProps={form.register(name)}
    />
  );

  const status = pending
    ? "Sending your request."
    : summary.length
      ? `There is a problem: ${summary.length} ${summary.length === 1 ? "error" : "errors"}.`
      : "";

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={() => void loadResolver()} noValidate className="mt-6">
      <ErrorSummary ref={summaryRef} items={summary} />
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>

      <input type="hidden" {...form.register(SUBMISSION_KEY)} value={submissionKey} />

      <TextField
        {...form.register("name")}
        label="Your name"
        hint="The name you would like us to use when we call."
        error={errors.name}
        autoComplete="name"
        maxLength={LIMITS.name}
        spellCheck={false}
        defaultValue={values.name}
      />
      <TextField
        {...form.register("phone")}
        label="Phone number"
        hint={`A US number we can call, for example ${EXAMPLE_PHONE}.`}
        error={errors.phone}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={LIMITS.phone}
        narrow
        defaultValue={values.phone}
      />
      <TextField
        {...form.register("email")}
        label="Email address (optional)"
        hint="Only if you would like an email from us as well. We will not add you to a mailing list."
        error={errors.email}
        type="email"
        autoComplete="email"
        spellCheck={false}
        maxLength={LIMITS.email}
        defaultValue={values.email}
      />
      {radioGroup("forWhom")}
      <TextField
        {...form.register("relationship")}
        label="If it is about someone else, how do you know them? (optional)"
        hint="For example, parent, partner or friend."
        error={errors.relationship}
        maxLength={LIMITS.relationship}
        defaultValue={values.relationship}
      />
      {radioGroup("voicemailOk")}
      {radioGroup("bestTime")}
      {radioGroup("insurance")}
      <TextAreaField
        {...form.register("message")}
        label="Anything you would like us to know? (optional)"
        hint={`For example, questions you have or times we should not call. Please do not include medical details here; we will ask on the phone. Up to ${formatCount(LIMITS.message)} characters.`}
        error={errors.message}
        defaultValue={values.message}
      />
      <CheckboxField
        {...form.register("consent")}
        value="yes"
        label="I agree that the admissions team may contact me about this request."
        hint="Sending this form does not start treatment. In an emergency, call 911, or call or text 988."
        error={errors.consent}
        defaultChecked={values.consent === "yes"}
      />

      {/* Honeypot: out of sight and out of the tab order; a person never fills it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="callback-website">Website</label>
        <input id="callback-website" name={HONEYPOT} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-md bg-brand px-6 py-3 text-lg font-bold text-white hover:bg-brand-dark disabled:opacity-70 sm:w-auto"
      >
        {pending ? "Sending…" : "Send request"}
      </button>
    </form>
  );
}
