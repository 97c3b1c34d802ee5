import { parseNavigation, type Navigation } from "@/lib/content/navigation";
import type { Lang } from "@/lib/i18n/locales";

/**
 * The site's links and their labels in both languages, by page slug
 * (content/pages/<slug>.mdx, and its Spanish twin in content/pages/es);
 * checked against the pages at build.
 */
const navigation = parseNavigation(
  {
    home: { slug: "home", label: { en: "Home", es: "Inicio" } },
    requestCall: { slug: "admissions", label: { en: "Request a call", es: "Pedir una llamada" } },
    main: [
      { slug: "what-is-iop", label: { en: "What is IOP?", es: "¿Qué es el IOP?" } },
      { slug: "compare", label: { en: "Compare care", es: "Comparar opciones" } },
      { slug: "schedule", label: { en: "Schedule", es: "Horario" } },
      { slug: "services", label: { en: "Services", es: "Servicios" } },
      { slug: "faq", label: { en: "FAQ", es: "Preguntas" } },
      { slug: "is-iop-right-for-me", label: { en: "Is IOP right for me?", es: "¿El IOP es para mí?" } },
      { slug: "for-families", label: { en: "For families", es: "Para familias" } },
      { slug: "evidence", label: { en: "Evidence", es: "Evidencia" } },
    ],
    footer: [
      { slug: "privacy", label: { en: "Privacy", es: "Privacidad" } },
      { slug: "accessibility", label: { en: "Accessibility", es: "Accesibilidad" } },
      { slug: "evidence", label: { en: "Evidence", es: "Evidencia" } },
    ],
  },
  "content/navigation.ts",
);

/** The links of one language: home, the request-a-call button, the main menu and the footer (which ends with it). */
export function navigationFor(lang: Lang): Navigation {
  const nav = navigation[lang];
  return { ...nav, footer: [...nav.footer, nav.requestCall] };
}
