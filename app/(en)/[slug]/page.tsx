import { ContentPageRoute } from "@/components/content/content-page";
import { contentPageMetadata } from "@/lib/content/page-metadata";
import { staticContentSlugs } from "@/lib/content/pages";

type Params = { slug: string };

export const dynamicParams = false;
export const generateStaticParams = staticContentSlugs;

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  return contentPageMetadata((await params).slug, "en");
}

export default async function Page({ params }: { params: Promise<Params> }) {
  return <ContentPageRoute slug={(await params).slug} lang="en" />;
}
