import type { CitationRef } from '@/lib/schemas/citation';
import { quoteAnchor } from '@/lib/site/paths';
import { SourceLinksLead } from './evidence-words';

/** The sources behind a quoted passage, each linking to the quote on its source's page. */
export function SourceLinks({
  refs,
  labels,
  className = 'block text-base text-muted',
}: {
  refs: readonly CitationRef[];
  /** Inside a coloured card the links keep the card's own text colour, for contrast. */
  className?: string;
  /** Source id → a short human label (title and publisher). */
  labels: Readonly<Record<string, string>>;
}) {
  // One link per source: its first quote here; the source's page holds the rest.
  const bySource = refs.filter(
    (ref, index) => refs.findIndex((other) => other.source === ref.source) === index,
  );
  if (bySource.length === 0) return null;
  return (
    <span className={className}>
      <SourceLinksLead many={bySource.length > 1} />{' '}
      {bySource.map((ref, index) => (
        <span key={ref.source}>
          {index > 0 && '; '}
          <a href={quoteAnchor(ref)} data-source-id={ref.source}>
            <cite>{labels[ref.source] ?? ref.source}</cite>
          </a>
        </span>
      ))}
    </span>
  );
}
