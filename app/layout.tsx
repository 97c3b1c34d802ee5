import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { JsonLd } from "@/components/content/json-ld";
import { CrisisStrip } from "@/components/layout/crisis-strip";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { footerNavigation, mainNavigation, requestCallLink } from "@/content/navigation";
import { program } from "@/content/program";
import { colors } from "@/lib/colors";
import { siteUrl } from "@/lib/site-url";
import { organizationJsonLd } from "@/lib/structured-data";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: program.name, template: `%s | ${program.shortName}` },
  applicationName: program.shortName,
  openGraph: { type: "website", siteName: program.name, locale: "en_US" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: colors.brand.DEFAULT,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <CrisisStrip />
        <SiteHeader nav={mainNavigation} requestCall={requestCallLink} />
        <main id="main-content" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter links={footerNavigation} />
        <JsonLd data={organizationJsonLd(program, siteUrl)} />
      </body>
    </html>
  );
}
