import { headers } from "next/headers";
import { ContentPageRoute } from "@/components/content/content-page";
import { REFUSAL_HEADER, refusalKind } from "@/lib/callback/refusal";
import type { Lang } from "@/lib/i18n/locales";
import { CallbackForm } from "./callback-form";
import { RefusalNotice } from "./refusal-notice";

/**
 * /admissions and /es/admissions, rendered per request: the callback form
 * inside carries a fresh submission key for each visit. A post that proxy.ts
 * refused before the form could read it gets the page with a notice on top,
 * both in the page's language.
 */
export async function AdmissionsPageRoute({ lang }: { lang: Lang }) {
  const refusal = refusalKind((await headers()).get(REFUSAL_HEADER));
  return (
    <>
      {refusal && <RefusalNotice kind={refusal} lang={lang} />}
      <ContentPageRoute slug="admissions" lang={lang} components={{ CallbackForm }} />
    </>
  );
}
