import type { LaunchOptions } from "@playwright/test";

export function chromiumExecutable(): string | undefined;
export const CHROMIUM_ARGS: string[];
export function chromiumLaunchOptions(): LaunchOptions;
