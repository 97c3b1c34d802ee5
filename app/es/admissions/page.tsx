import { AdmissionsPageRoute } from "@/components/callback/admissions-page-route";
import { contentPageMetadata } from "@/lib/content/page-metadata";

export const generateMetadata = () => contentPageMetadata("admissions", "es");

/** Rendered per request: the callback form inside carries a fresh submission key for each visit. */
export default function SpanishAdmissionsPage() {
  return <AdmissionsPageRoute lang="es" />;
}
