import { sourceAnchor } from '@/lib/routes';

/** The sources behind a quoted profile cell, each linking to its entry on /sources. */
export function SourceLinks({
  ids,
  labels,
  className = 'block text-base text-muted',
}: {
  ids: readonly string[];
  /** Inside a coloured card the links keep the card's own text colour, for contrast. */
  className?: string;
  /** Source id → a short human label (title and publisher). */
  labels: Readonly<Record<string, string>>;
}) {
  if (ids.length === 0) return null;
  return (
    <span className={className}>
      {ids.length === 1 ? 'Source: ' : 'Sources: '}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && '; '}
          <a href={sourceAnchor(id)} data-source-id={id}>
            {labels[id] ?? id}
          </a>
        </span>
      ))}
    </span>
  );
}
