import type { MDXComponents } from "mdx/types";

/**
 * Next requires this file for MDX in the App Router. Pages pass their
 * components per language (components/content/mdx-components.tsx), which MDX
 * merges over these, so nothing is provided globally.
 */
export function useMDXComponents(): MDXComponents {
  return {};
}
