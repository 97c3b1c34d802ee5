import { ContentPageRoute } from "@/components/content/content-page";
import { contentPageMetadata } from "@/lib/content/page-metadata";

export const generateMetadata = () => contentPageMetadata("home", "en");

export default function HomePage() {
  return <ContentPageRoute slug="home" lang="en" />;
}
