"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { submitCallbackRequest } from "@/lib/callback/actions";
import type { CallbackCopy } from "@/lib/callback/copy";
import {
  BEST_TIMES,
  CALL_LANGUAGES,
  FOR_WHOM,
  HONEYPOT,
  INSURANCE,
  initialCallbackState,
  LANG_FIELD,
  LIMITS,
  SUBMISSION_KEY,
  YES_NO,
  type FormValues,
} from "@/lib/callback/fields";
import { loadResolver, resolverFor } from "@/lib/callback/resolver";
import type { Lang } from "@/lib/i18n/locales";
import { Confirmation } from "./confirmation";
import { ErrorSummary } from "./error-summary";
import { CheckboxField, RadioGroup, TextAreaField, TextField } from "./field";
import { useCallbackErrors } from "./use-callback-errors";

function oneOf<T extends string>(choices: readonly T[], value: string | undefined): T | undefined {
  return choices.find((choice) => choice === value);
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * The callback form. A plain <form action> posting to a server action is the
 * baseline, so it works before or without JavaScript; once hydrated,
 * react-hook-form checks the same zod schema on submit and then on every
 * change, and only a valid form goes to the server. Its words come from the
 * server in the page's language (`copy`); the hidden `lang` field tells the
 * server action which language to answer in.
 */
export function CallbackFormClient({
  lang,
  copy,
  submissionKey,
  confirmationDetails,
}: {
  lang: Lang;
  copy: CallbackCopy;
  submissionKey: string;
  confirmationDetails: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(submitCallbackRequest, initialCallbackState);
  const values: FormValues = state.status === "invalid" || state.status === "refused" ? state.values : {};

  // These seed react-hook-form; each input's own defaultValue below is what the server renders, and all a page
  // without JavaScript has.
  const form = useForm({
    resolver: resolverFor(lang),
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
    defaultValues: {
      name: values.name ?? "",
      phone: values.phone ?? "",
      callLanguage: oneOf(CALL_LANGUAGES, values.callLanguage) ?? lang,
      callLanguageOther: values.callLanguageOther ?? "",
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
        words={state.words}
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

  /** One of the questions answered by choosing one option; `choices` are its options in the order shown. */
  const radioGroup = (
    name: "callLanguage" | "forWhom" | "voicemailOk" | "bestTime" | "insurance",
    choices: { value: string; label: string }[],
    checked = values[name],
  ) => (
    <RadioGroup
      label={copy[name].label}
      hint={copy[name].hint}
      options={choices}
      name={name}
      error={errors[name]}
      checked={checked}
      inputProps={form.register(name)}
    />
  );

  const status = pending
    ? copy.sendingStatus
    : summary.length
      ? `${copy.problem}: ${summary.length} ${summary.length === 1 ? copy.errors.one : copy.errors.other}.`
      : "";

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={() => void loadResolver()} noValidate className="mt-6">
      <ErrorSummary ref={summaryRef} items={summary} title={copy.problem} />
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>

      <input type="hidden" {...form.register(SUBMISSION_KEY)} value={submissionKey} />
      {/* Not registered with react-hook-form: the schema is built for one language and never sees this field. */}
      <input type="hidden" name={LANG_FIELD} value={lang} />

      <TextField
        {...form.register("name")}
        {...copy.name}
        error={errors.name}
        autoComplete="name"
        maxLength={LIMITS.name}
        spellCheck={false}
        defaultValue={values.name}
      />
      <TextField
        {...form.register("phone")}
        {...copy.phone}
        error={errors.phone}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={LIMITS.phone}
        narrow
        defaultValue={values.phone}
      />
      {/* Preset to the page's language, so a person who reads this page is called in it unless they say otherwise. */}
      {radioGroup("callLanguage", options(CALL_LANGUAGES, copy.callLanguage.options), values.callLanguage ?? lang)}
      <TextField
        {...form.register("callLanguageOther")}
        {...copy.callLanguageOther}
        error={errors.callLanguageOther}
        maxLength={LIMITS.callLanguageOther}
        defaultValue={values.callLanguageOther}
      />
      <TextField
        {...form.register("email")}
        {...copy.email}
        error={errors.email}
        type="email"
        autoComplete="email"
        spellCheck={false}
        maxLength={LIMITS.email}
        defaultValue={values.email}
      />
      {radioGroup("forWhom", options(FOR_WHOM, copy.forWhom.options))}
      <TextField
        {...form.register("relationship")}
        {...copy.relationship}
        error={errors.relationship}
        maxLength={LIMITS.relationship}
        defaultValue={values.relationship}
      />
      {radioGroup("voicemailOk", options(YES_NO, copy.voicemailOk.options))}
      {radioGroup("bestTime", options(BEST_TIMES, copy.bestTime.options))}
      {radioGroup("insurance", options(INSURANCE, copy.insurance.options))}
      <TextAreaField
        {...form.register("message")}
        {...copy.message}
        error={errors.message}
        defaultValue={values.message}
      />
      <CheckboxField
        {...form.register("consent")}
        value="yes"
        {...copy.consent}
        error={errors.consent}
        defaultChecked={values.consent === "yes"}
      />

      {/* Honeypot: out of sight and out of the tab order; a person never fills it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="callback-website">{copy.honeypot}</label>
        <input id="callback-website" name={HONEYPOT} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-md bg-brand px-6 py-3 text-lg font-bold text-white hover:bg-brand-dark disabled:opacity-70 sm:w-auto"
      >
        {pending ? copy.sending : copy.submit}
      </button>
    </form>
  );
}
