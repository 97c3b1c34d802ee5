import { AppLink } from "./app-link";
import type { ComponentPropsWithoutRef } from "react";
import { absoluteUrl } from "@/lib/site-url";

type Props = ComponentPropsWithoutRef<"a"> & { href: string };

/**
 * Internal links go through AppLink (next/link); links to other sites never pass on who
 * sent the reader (rel="noopener noreferrer"). data-print-href gives the full
 * address for the print stylesheet.
 */
export function SmartLink({ href, children, ...rest }: Props) {
  if (href.startsWith("/") && !href.startsWith("//")) {
    return (
      <AppLink href={href} data-print-href={absoluteUrl(href)} {...rest}>
        {children}
      </AppLink>
    );
  }
  if (/^https?:/.test(href)) {
    return (
      <a href={href} rel="noopener noreferrer" data-print-href={href} {...rest}>
        {children}
      </a>
    );
  }
  // tel: and sms: links: a phone number broken over two lines at a hyphen is hard to read and to dial.
  const nowrap = /^(tel|sms):/.test(href) ? "whitespace-nowrap" : "";
  return (
    <a href={href} {...rest} className={[nowrap, rest.className].filter(Boolean).join(" ") || undefined}>
      {children}
    </a>
  );
}
