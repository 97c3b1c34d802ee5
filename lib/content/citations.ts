/** A cited source and its number in the page's source list. */
export type Citation = { id: string; n: number };

/**
 * Numbers the sources a part of a page cites to match the numbered list at the
 * page's foot (its metadata.sources, in order), lowest first. A source the
 * list lacks fails the build rather than print a link to nowhere; `citedBy`
 * names the part in that error, e.g. 'The FAQ "how-long-is-iop"'.
 */
export function citationNumbers(cited: readonly string[], pageSources: readonly string[], citedBy: string): Citation[] {
  return cited
    .map((id) => {
      const n = pageSources.indexOf(id) + 1;
      if (n === 0) throw new Error(`${citedBy} cites "${id}", but the page's metadata.sources does not list it.`);
      return { id, n };
    })
    .sort((a, b) => a.n - b.n);
}
