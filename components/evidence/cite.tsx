import { getSource } from '@/lib/content/store';
import { quoteAnchor } from '@/lib/site/paths';
import { CiteLink } from './cite-link';
import { citeLabel } from './citation-links';

/**
 * An in-text citation: a small number (the source's place in the article's reference list) that
 * leads to the quoted words backing the sentence before it.
 */
export function Cite({
  id,
  quote,
  citations,
}: {
  id: string;
  quote: string;
  citations: readonly string[];
}) {
  const source = getSource(id);
  const words = source?.quotes?.find((candidate) => candidate.id === quote);
  const number = citations.indexOf(id) + 1;
  if (!source || !words || number === 0) {
    // The content checks stop the build before this can happen; fail loudly if it ever does.
    throw new Error(`<Cite id="${id}" quote="${quote}"> has no quote in the registry`);
  }
  const href = quoteAnchor({ source: id, quote });
  return (
    <CiteLink
      number={number}
      href={href}
      label={citeLabel(number, source)}
      sourceName={source.publisher}
      quotes={[{ text: words.text, href }]}
      className="cite"
    />
  );
}
