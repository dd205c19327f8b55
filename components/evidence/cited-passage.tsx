import type { CitationRef } from '@/lib/schemas/citation';
import { SourceLinks } from './source-links';

/** A passage from content/site-text.yaml, followed by links to the quoted words it rests on. */
export function CitedPassage({
  passage,
  labels,
  className = 'mt-2',
  sourceClassName,
}: {
  passage: { text: string; cite?: readonly CitationRef[] | undefined };
  labels: Readonly<Record<string, string>>;
  className?: string;
  /** Passed to SourceLinks: inside a coloured card, keep the card's text colour. */
  sourceClassName?: string;
}) {
  return (
    <p className={className}>
      {passage.text}{' '}
      <SourceLinks
        refs={passage.cite ?? []}
        labels={labels}
        {...(sourceClassName ? { className: sourceClassName } : {})}
      />
    </p>
  );
}
