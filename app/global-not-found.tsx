import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SiteShell } from "@/components/layout/site-shell";
import { ui } from "@/content/ui";
import { program } from "@/content/program";
import { rootMetadata } from "@/lib/content/page-metadata";
import "./globals.css";

export const metadata: Metadata = {
  ...rootMetadata(program, "en"),
  title: `${ui.en.notFound.title} · ${ui.es.notFound.title}`,
  description: ui.en.notFound.description,
  robots: { index: false },
};

/**
 * Any address that matches no page, in either language: the site has two root
 * layouts, so no single not-found.tsx can wrap both (vercel/next.js#55191).
 * It says the same in English and then in Spanish.
 */
export default function GlobalNotFound() {
  return (
    <SiteShell lang="en">
      <NotFoundMessage lang="en" headingLevel={1} />
      <NotFoundMessage lang="es" headingLevel={2} />
    </SiteShell>
  );
}
