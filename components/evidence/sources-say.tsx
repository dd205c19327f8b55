import type { CitationRef } from '@/lib/schemas/citation';
import { quoteAnchor, sourceQuotesPath } from '@/lib/site/paths';
import type { CitedSourceNames } from './citation-links';
import { SourcesSayFold } from './sources-say-fold';

/**
 * "What the sources say" under a comparison cell: the cell's quotes, named by source in the page
 * and loaded only when the fold is opened.
 */
export function SourcesSay({
  refs,
  sources,
  subject,
}: {
  refs: readonly CitationRef[];
  sources: CitedSourceNames;
  /** What the cell is about, for screen readers moving between many of these. */
  subject: string;
}) {
  const quotes = refs.flatMap((ref) => {
    const source = sources[ref.source];
    return source
      ? [
          {
            key: `${ref.source}--${ref.quote}`,
            publisher: source.publisher,
            quoteId: ref.quote,
            href: quoteAnchor(ref),
            quotesHref: sourceQuotesPath(ref.source),
          },
        ]
      : [];
  });
  if (quotes.length === 0) return null;
  return <SourcesSayFold quotes={quotes} subject={subject} />;
}
