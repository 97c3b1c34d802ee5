"use client";

import dynamic from "next/dynamic";

/**
 * Every MDX page shares one route, so a statically imported client component
 * would ship zod and react-hook-form to every page. Loaded through
 * next/dynamic, that code is fetched only where the form is rendered; the
 * server still renders the whole form into the HTML.
 */
export const CallbackFormLoader = dynamic(() => import("./callback-form-client").then((m) => m.CallbackFormClient));
