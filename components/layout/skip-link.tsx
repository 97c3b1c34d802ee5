/** First focusable element on every page (WCAG 2.4.1), visible only when focused. */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="sr-only z-50 bg-focus px-4 py-3 font-semibold text-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      Skip to main content
    </a>
  );
}
