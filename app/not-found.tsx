import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { AdmissionsPhone } from "@/components/content/program-facts";
import { homeLink, mainNavigation, requestCallLink } from "@/content/navigation";

export const metadata: Metadata = {
  title: "Page not found",
  description:
    "We could not find that page. You can call our admissions team or go to one of the main pages of this site.",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 pt-12">
      <h1 className="text-3xl font-bold sm:text-4xl">We could not find that page</h1>
      <p className="mt-4 text-lg">
        The link may be old, or the address may have a typo. You have not lost anything, and help is still here.
      </p>
      <p className="mt-4 text-lg">
        To talk to a person, call our admissions team at <AdmissionsPhone />.
      </p>
      <h2 className="mt-8 text-xl font-bold">Main pages</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
        {[homeLink, ...mainNavigation, requestCallLink].map((l) => (
          <li key={l.href}>
            <AppLink href={l.href}>{l.label}</AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
