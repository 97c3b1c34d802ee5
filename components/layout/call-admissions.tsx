import { program } from "@/content/program";
import { ui } from "@/content/ui";
import type { Lang } from "@/lib/i18n/locales";
import { telHref } from "@/lib/phone-links";

/** The click-to-call admissions link that sits in the header of every page. */
export function CallAdmissions({ lang }: { lang: Lang }) {
  return (
    <a
      href={telHref(program.admissionsPhone)}
      className="inline-flex min-h-11 items-center gap-2 rounded-md bg-brand px-3 py-2 font-semibold text-white no-underline hover:bg-brand-dark"
    >
      <PhoneIcon />
      <span>
        <span className="sr-only lg:not-sr-only">{ui[lang].header.callAdmissions} </span>
        <span className="whitespace-nowrap">{program.admissionsPhone.display}</span>
      </span>
    </a>
  );
}

function PhoneIcon() {
  return (
    <svg
      aria-hidden="true"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="currentColor"
      className="hidden min-[400px]:block"
    >
      <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.6a1 1 0 0 1-.25 1z" />
    </svg>
  );
}
