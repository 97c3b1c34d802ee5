import Link from "next/link";
import { program } from "@/content/program";
import { CallAdmissions } from "./call-admissions";

import type { NavItem } from "@/lib/content/navigation";

/**
 * Header with the main navigation. On small screens the menu is a <details>
 * disclosure, so it opens and closes without any JavaScript.
 */
export function SiteHeader({ nav }: { nav: NavItem[] }) {
  return (
    <header className="border-b border-ink/10 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-ink no-underline">
          <Logo />
          <span>{program.shortName}</span>
        </Link>
        <CallAdmissions className="no-print" />
      </div>
      <nav aria-label="Main" className="no-print mx-auto max-w-6xl px-4 pb-2">
        <details className="group lg:hidden">
          <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-ink/30 px-3 font-semibold [&::-webkit-details-marker]:hidden">
            <MenuIcon />
            Menu
          </summary>
          <NavList items={nav} className="mt-2 grid gap-1 pb-2" />
        </details>
        <NavList items={nav} className="hidden flex-wrap gap-x-1 lg:flex" />
      </nav>
    </header>
  );
}

function NavList({ items, className }: { items: NavItem[]; className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            className="block rounded-md px-3 py-2 text-ink no-underline hover:bg-paper-cool hover:underline"
          >
            {item.label}
          </Link>
        </li>
      ))}
      <li>
        <Link
          href="/admissions"
          className="block rounded-md px-3 py-2 font-semibold text-brand-dark underline hover:bg-paper-cool"
        >
          Request a call
        </Link>
      </li>
    </ul>
  );
}

function Logo() {
  return (
    <svg aria-hidden="true" width="32" height="32" viewBox="0 0 32 32">
      <circle cx="16" cy="16" r="16" fill="#0b5c57" />
      <path d="M5 19c4-5 8 3 12-2s7-4 10-1" stroke="#fff" strokeWidth="2.5" fill="none" strokeLinecap="round" />
      <path d="M7 24c4-3 7 2 11-1s6-3 8-1" stroke="#d6ebe8" strokeWidth="2" fill="none" strokeLinecap="round" />
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
