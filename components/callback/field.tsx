import type { ComponentPropsWithoutRef, ReactNode } from "react";

/*
 * GOV.UK-style form parts: label above, hint, then the error, then the
 * control. The control is described by the hint and the error and is marked
 * aria-invalid while it has one. No state here; the form passes it all in.
 */

export const fieldId = (name: string) => `callback-${name}`;
const hintId = (name: string) => `${fieldId(name)}-hint`;
const errorId = (name: string) => `${fieldId(name)}-error`;

function describedBy(name: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? hintId(name) : "", error ? errorId(name) : ""].filter(Boolean).join(" ") || undefined;
}

function Group({ error, children }: { error: string | undefined; children: ReactNode }) {
  return <div className={`mb-7 ${error ? "border-l-4 border-danger pl-4" : ""}`}>{children}</div>;
}

function Hint({ name, children }: { name: string; children: ReactNode }) {
  return children ? (
    <div id={hintId(name)} className="mb-2 text-ink-soft">
      {children}
    </div>
  ) : null;
}

function ErrorMessage({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p id={errorId(name)} className="mb-2 font-bold text-danger">
      <span className="sr-only">Error:</span> {error}
    </p>
  ) : null;
}

const controlClass = (error: string | undefined) =>
  `block w-full rounded-md border-2 bg-paper px-3 py-2.5 text-lg text-ink ${error ? "border-danger" : "border-ink-soft"}`;

type Common = { name: string; label: ReactNode; hint?: ReactNode; error?: string };

/** Label, hint and error above a single control, in the GOV.UK order. */
function LabelledGroup({ name, label, hint, error, children }: Common & { children: ReactNode }) {
  return (
    <Group error={error}>
      <label htmlFor={fieldId(name)} className="mb-1 block text-lg font-bold">
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} />
      {children}
    </Group>
  );
}

export function TextField({
  name,
  label,
  hint,
  error,
  narrow = false,
  ...input
}: Common & { narrow?: boolean } & Omit<ComponentPropsWithoutRef<"input">, "id" | "name" | "className">) {
  return (
    <LabelledGroup name={name} label={label} hint={hint} error={error}>
      <input
        id={fieldId(name)}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`${controlClass(error)} min-h-12 ${narrow ? "max-w-xs" : ""}`}
        {...input}
      />
    </LabelledGroup>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  error,
  ...textarea
}: Common & Omit<ComponentPropsWithoutRef<"textarea">, "id" | "name" | "className">) {
  return (
    <LabelledGroup name={name} label={label} hint={hint} error={error}>
      <textarea
        id={fieldId(name)}
        name={name}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={controlClass(error)}
        {...textarea}
      />
    </LabelledGroup>
  );
}

type Option = { value: string; label: string };

/** A real fieldset with a legend; the first radio carries the field id so the error summary can link to it. */
export function RadioGroup({
  name,
  label,
  hint,
  error,
  options,
  checked,
  inputProps,
}: Common & {
  options: readonly Option[];
  checked: string | undefined;
  inputProps?: Omit<ComponentPropsWithoutRef<"input">, "id" | "name" | "type" | "value" | "className">;
}) {
  return (
    <Group error={error}>
      <fieldset aria-describedby={describedBy(name, hint, error)} aria-invalid={error ? true : undefined}>
        <legend className="mb-1 text-lg font-bold">{label}</legend>
        <Hint name={name}>{hint}</Hint>
        <ErrorMessage name={name} error={error} />
        {options.map((option, i) => {
          const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`;
          return (
            <div key={option.value} className="flex min-h-12 items-center gap-3">
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                defaultChecked={checked === option.value}
                className="size-7 shrink-0 accent-brand"
                {...inputProps}
              />
              <label htmlFor={id} className="py-2 text-lg">
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </Group>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  error,
  ...input
}: Common & Omit<ComponentPropsWithoutRef<"input">, "id" | "name" | "type" | "className">) {
  return (
    <Group error={error}>
      <ErrorMessage name={name} error={error} />
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={fieldId(name)}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hint, error)}
          className="mt-0.5 size-7 shrink-0 accent-brand"
          {...input}
        />
        <div>
          <label htmlFor={fieldId(name)} className="block text-lg font-bold">
            {label}
          </label>
          <Hint name={name}>{hint}</Hint>
        </div>
      </div>
    </Group>
  );
}
