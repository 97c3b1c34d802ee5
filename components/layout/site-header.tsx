import { AppLink } from "@/components/ui/app-link";
import { program } from "@/content/program";
import { ui } from "@/content/ui";
import type { Navigation, NavItem } from "@/lib/content/navigation";
import { localizedPath, otherLang, type Lang } from "@/lib/i18n/locales";
import { CallAdmissions } from "./call-admissions";

/**
 * Header with the main navigation. On small screens the menu is a <details>
 * disclosure that drops down over the page, so it works without JavaScript;
 * from the lg breakpoint the links sit in a row. Only one of the two navs is
 * displayed (and so exposed to assistive technology) at any width.
 */
export function SiteHeader({ lang, nav: { home, main: nav, requestCall } }: { lang: Lang; nav: Navigation }) {
  const words = ui[lang].header;
  return (
    <header className="relative border-b border-ink/10 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <AppLink href={home.href} className="flex min-h-11 items-center gap-2 text-lg font-bold text-ink no-underline">
          <Logo />
          <span>{program.shortName}</span>
        </AppLink>
        {/* Right-aligned, this pair would grow leftward as its labels arrive on a slow connection (a layout shift),
            so its columns start as wide as the labels need in DejaVu Sans, the widest of the common system fonts; a
            longer label (another provider's phone number) widens its column instead of overflowing. */}
        <div className={`no-print hidden items-center gap-3 lg:grid ${HEADER_COLUMNS[lang]}`}>
          <OtherLanguageLink lang={lang} className="inline-flex min-h-11 items-center" />
          <RequestCallLink item={requestCall} />
          <CallAdmissions lang={lang} />
        </div>
        {/* The box is as big as the button will be before its parts arrive: while a slow connection streams the
            page in, the right-aligned button would otherwise grow leftward as its icon and label land (a layout shift). */}
        <nav aria-label={words.mainNav} className="no-print h-11 min-w-[6.25em] lg:hidden">
          <details className="group">
            <summary className="inline-flex min-h-11 w-full cursor-pointer list-none items-center gap-2 rounded-md border border-ink/30 px-3 font-semibold select-none group-open:bg-paper-cool [&::-webkit-details-marker]:hidden">
              <MenuIcon />
              {words.menu}
            </summary>
            <ul className="absolute inset-x-0 top-full z-20 grid gap-1 border-b border-ink/15 bg-white px-4 py-3 shadow-lg">
              {[...nav, requestCall].map((item) => (
                <li key={item.href}>
                  <NavLink item={item} />
                </li>
              ))}
              <li>
                <OtherLanguageLink
                  lang={lang}
                  className="block rounded-md px-3 py-2 text-ink no-underline hover:bg-paper-cool hover:underline"
                />
              </li>
            </ul>
          </details>
        </nav>
      </div>
      {/* Both buttons start from no width and share the row (wrapping only when their text cannot fit), so the second
          one's place does not depend on how much of its label has arrived. */}
      <div className="no-print flex flex-wrap gap-2 px-4 pb-3 lg:hidden [&>*]:grow [&>*]:basis-0">
        <CallAdmissions lang={lang} />
        <RequestCallLink item={requestCall} />
      </div>
      <nav aria-label={words.mainNav} className="no-print mx-auto hidden max-w-6xl px-2 pb-2 lg:block">
        <ul className="flex flex-wrap">
          {nav.map((item) => (
            <li key={item.href}>
              <NavLink item={item} />
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

/**
 * The columns of the other-language link and the two buttons start as wide as their labels need in DejaVu Sans (see
 * above), per language: the Spanish labels are longer ("Pedir una llamada", "Llamar a admisiones"). One grid, so a
 * column reserves its width before its link arrives. Whole class names, so Tailwind finds them.
 */
const HEADER_COLUMNS: Record<Lang, string> = {
  en: "grid-cols-[minmax(5.25em,auto)_minmax(9.75em,auto)_minmax(20.75em,auto)]",
  es: "grid-cols-[minmax(5.25em,auto)_minmax(12.25em,auto)_minmax(24em,auto)]",
};

/** The other language's home page; the link at the top of each page goes to that page's own twin. */
function OtherLanguageLink({ lang, className }: { lang: Lang; className: string }) {
  const other = otherLang(lang);
  return (
    <a href={localizedPath(other, "home")} lang={other} hrefLang={other} className={className}>
      {ui[other].languageNav.siteName}
    </a>
  );
}

function NavLink({ item }: { item: NavItem }) {
  return (
    <AppLink
      href={item.href}
      className="block rounded-md px-3 py-2 text-ink no-underline hover:bg-paper-cool hover:underline"
    >
      {item.label}
    </AppLink>
  );
}

function RequestCallLink({ item }: { item: NavItem }) {
  return (
    <AppLink
      href={item.href}
      className="inline-flex min-h-11 items-center justify-center rounded-md border-2 border-brand px-3 py-1.5 font-semibold whitespace-nowrap text-brand-dark no-underline hover:bg-paper-cool"
    >
      {item.label}
    </AppLink>
  );
}

function Logo() {
  return (
    <svg aria-hidden="true" width="32" height="32" viewBox="0 0 32 32">
      <circle cx="16" cy="16" r="16" className="fill-brand" />
      <path d="M5 19c4-5 8 3 12-2s7-4 10-1" stroke="#fff" strokeWidth="2.5" fill="none" strokeLinecap="round" />
      <path
        d="M7 24c4-3 7 2 11-1s6-3 8-1"
        strokeWidth="2"
        fill="none"
        className="stroke-brand-light"
        strokeLinecap="round"
      />
    </svg>
  );
}

function MenuIcon() {
  return (
    <svg
      aria-hidden="true"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M4 6h16M4 12h16M4 18h16" strokeLinecap="round" />
    </svg>
  );
}
