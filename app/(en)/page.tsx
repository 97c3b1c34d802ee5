import { ContentPageRoute } from "@/components/content/content-page";
import { OrganizationJsonLd } from "@/components/content/organization-json-ld";
import { contentPageMetadata } from "@/lib/content/page-metadata";

export const generateMetadata = () => contentPageMetadata("home", "en");

export default function HomePage() {
  return (
    <>
      <ContentPageRoute slug="home" lang="en" />
      <OrganizationJsonLd lang="en" />
    </>
  );
}
