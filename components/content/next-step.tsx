import { AppLink } from "@/components/ui/app-link";
import { ui } from "@/content/ui";
import type { PageMeta } from "@/lib/content/schemas";
import type { Lang } from "@/lib/i18n/locales";

/** Every page ends by telling the reader what to do next. */
export function NextStep({ step, lang }: { step: PageMeta["nextStep"]; lang: Lang }) {
  return (
    <aside aria-labelledby="next-step" className="mt-12 rounded-lg bg-brand-light p-6">
      <h2 id="next-step" className="text-xl font-bold text-brand-dark">
        {ui[lang].page.nextStep}
      </h2>
      <p className="mt-2">{step.text}</p>
      <AppLink
        href={step.href}
        className="mt-4 inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark"
      >
        {step.label}
      </AppLink>
    </aside>
  );
}
