import type { ReactNode } from "react";
import { SiteShell } from "@/components/layout/site-shell";
import { program } from "@/content/program";
import { rootMetadata, rootViewport } from "@/lib/content/page-metadata";
import "../globals.css";

export const metadata = rootMetadata(program, "en");
export const viewport = rootViewport;

/** The root layout of every English page; app/es/layout.tsx is the Spanish one. */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang="en">{children}</SiteShell>;
}
