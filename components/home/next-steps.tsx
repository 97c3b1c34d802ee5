import { AppLink } from "@/components/ui/app-link";
import type { ReactNode } from "react";

/** Numbered cards for the home page's "what you can do next". Numbers come from a CSS counter, so order is the markup's. */
export function NextSteps({ children }: { children: ReactNode }) {
  return <ol className="not-prose my-8 grid list-none gap-4 p-0 [counter-reset:step] md:grid-cols-3">{children}</ol>;
}

/** One card; the whole card is the link's target, so it is easy to hit on a phone. */
export function StepCard({ href, title, children }: { href: string; title: string; children: ReactNode }) {
  return (
    <li className="relative flex flex-col rounded-xl border border-ink/15 bg-white p-5 shadow-sm [counter-increment:step] before:mb-3 before:flex before:size-9 before:items-center before:justify-center before:rounded-full before:bg-brand-light before:font-bold before:text-brand-dark before:content-[counter(step)] hover:border-brand hover:shadow-md">
      <h3 className="text-lg leading-snug font-bold text-ink">
        <AppLink
          href={href}
          className="text-brand-dark underline-offset-4 after:absolute after:inset-0 after:rounded-xl after:content-['']"
        >
          {title}
        </AppLink>
      </h3>
      <div className="mt-2 text-ink-soft">{children}</div>
    </li>
  );
}
