import { quoteAnchor } from '@/lib/site/paths';
import { CiteLink } from './cite-link';
import { citedSource, type CitedSourceNames } from './citation-links';

/**
 * An in-text citation: a small number (the source's place in the article's reference list) that
 * leads to the quoted words backing the sentence before it.
 */
export function Cite({
  id,
  quote,
  citations,
  sources,
}: {
  id: string;
  quote: string;
  /** The article's reference order: position + 1 is the number. */
  citations: readonly string[];
  /** The names of the sources the page cites, from the route's loader. */
  sources: CitedSourceNames;
}) {
  const ref = { source: id, quote };
  const source = citedSource(id, sources, [ref]);
  const number = citations.indexOf(id) + 1;
  if (!source || number === 0) {
    // The content checks stop the build before this can happen; fail loudly if it ever does.
    throw new Error(`<Cite id="${id}" quote="${quote}"> names a source this page does not list`);
  }
  return <CiteLink number={number} href={quoteAnchor(ref)} source={source} className="cite" />;
}
