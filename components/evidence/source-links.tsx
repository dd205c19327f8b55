import type { CitationRef } from '@/lib/schemas/citation';
import { quoteAnchor } from '@/lib/site/paths';

/** The sources behind a quoted profile cell, each linking to the quoted words on /sources. */
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
  // One link per source: its first quote here leads to the rest on /sources.
  const bySource = refs.filter(
    (ref, index) => refs.findIndex((other) => other.source === ref.source) === index,
  );
  if (bySource.length === 0) return null;
  return (
    <span className={className}>
      {bySource.length === 1 ? 'Source: ' : 'Sources: '}
      {bySource.map((ref, index) => (
        <span key={ref.source}>
          {index > 0 && '; '}
          <a href={quoteAnchor(ref)} data-source-id={ref.source}>
            {labels[ref.source] ?? ref.source}
          </a>
        </span>
      ))}
    </span>
  );
}
