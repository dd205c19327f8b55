import type { CitationRef } from '@/lib/schemas/citation';
import { SourceLinks } from './source-links';

/** The distinct source ids of a list of citations, in the order they are first cited. */
export const citedSourceIds = (cite: readonly CitationRef[] = []) => [
  ...new Set(cite.map((ref) => ref.source)),
];

/** A passage from content/site-text.yaml, followed by the sources its quotes come from. */
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
        ids={citedSourceIds(passage.cite)}
        labels={labels}
        {...(sourceClassName ? { className: sourceClassName } : {})}
      />
    </p>
  );
}
