import { parseNavigation } from "@/lib/content/navigation";

/** The site's links and their labels, by page slug (content/pages/<slug>.mdx); checked against the pages at build. */
const navigation = parseNavigation(
  {
    home: { slug: "home", label: "Home" },
    requestCall: { slug: "admissions", label: "Request a call" },
    main: [
      { slug: "what-is-iop", label: "What is IOP?" },
      { slug: "compare", label: "Compare care" },
      { slug: "schedule", label: "Schedule" },
      { slug: "services", label: "Services" },
      { slug: "faq", label: "FAQ" },
      { slug: "is-iop-right-for-me", label: "Is IOP right for me?" },
      { slug: "for-families", label: "For families" },
      { slug: "evidence", label: "Evidence" },
    ],
    footer: [
      { slug: "privacy", label: "Privacy" },
      { slug: "accessibility", label: "Accessibility" },
      { slug: "evidence", label: "Evidence" },
    ],
  },
  "content/navigation.ts",
);

export const homeLink = navigation.home;
export const requestCallLink = navigation.requestCall;
export const mainNavigation = navigation.main;
export const footerNavigation = [...navigation.footer, requestCallLink];
