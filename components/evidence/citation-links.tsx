import type { CitationRef } from '@/lib/schemas/citation';
import type { SourceIndex } from '@/lib/schemas/source';
import { quoteAnchor } from '@/lib/site/paths';
import { CiteLink } from './cite-link';

/** A source's quotes among `refs`, as a citation number shows them: words and their anchor. */
export function quotesShown(
  refs: readonly CitationRef[],
  sources: SourceIndex,
): { text: string; href: string }[] {
  return refs.flatMap((ref) => {
    const quote = sources[ref.source]?.quotes?.find((candidate) => candidate.id === ref.quote);
    return quote ? [{ text: quote.text, href: quoteAnchor(ref) }] : [];
  });
}

/** "Source 3: Acupuncture, Cleveland Clinic": what a citation number is called aloud. */
export function citeLabel(number: number, source: { title: string; publisher: string }): string {
  return `Source ${number}: ${source.title}, ${source.publisher}`;
}

/**
 * Small numbered links, one per source a table cell or box cites, numbered by the order their
 * table cites them. Each leads to its quoted words: on /sources without JavaScript, in place with
 * it. Class `source-cite`, not an article's `cite`: they are spaced differently.
 */
export function CitationLinks({
  refs,
  numbering,
  sources,
  inArticle = false,
}: {
  refs: readonly CitationRef[];
  /** Every source id the surrounding table or box cites, in order: position + 1 is the number. */
  numbering: readonly string[];
  sources: SourceIndex;
  /** On a page with its own numbered source list, the number jumps there instead. */
  inArticle?: boolean;
}) {
  const ids = [...new Set(refs.map((ref) => ref.source))];
  return (
    <>
      {ids.map((id) => {
        const source = sources[id];
        if (!source) return null;
        const number = numbering.indexOf(id) + 1;
        const quotes = quotesShown(
          refs.filter((ref) => ref.source === id),
          sources,
        );
        return (
          <CiteLink
            key={id}
            number={number}
            href={inArticle ? `#ref-${id}` : (quotes[0]?.href ?? `/sources#${id}`)}
            label={citeLabel(number, source)}
            sourceName={source.publisher}
            quotes={quotes}
            className="source-cite"
          />
        );
      })}
    </>
  );
}
