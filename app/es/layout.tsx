import type { ReactNode } from "react";
import { SiteShell } from "@/components/layout/site-shell";
import { program } from "@/content/program";
import { rootMetadata, rootViewport } from "@/lib/content/page-metadata";
import "../globals.css";

export const metadata = rootMetadata(program, "es");
export const viewport = rootViewport;

/** The root layout of every Spanish page, under /es with the English slugs. */
export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang="es">{children}</SiteShell>;
}
