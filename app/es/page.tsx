import { ContentPageRoute } from "@/components/content/content-page";
import { OrganizationJsonLd } from "@/components/content/organization-json-ld";
import { contentPageMetadata } from "@/lib/content/page-metadata";

export const generateMetadata = () => contentPageMetadata("home", "es");

export default function SpanishHomePage() {
  return (
    <>
      <ContentPageRoute slug="home" lang="es" />
      <OrganizationJsonLd lang="es" />
    </>
  );
}
