/**
 * Structured data for search engines. `<` is escaped so no string in the data
 * can close the script element. The browser never runs this script type, so
 * the Content-Security-Policy does not need to allow it.
 */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
