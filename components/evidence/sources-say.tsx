import type { CitationRef } from '@/lib/schemas/citation';
import type { SourceIndex } from '@/lib/schemas/source';
import { quoteAnchor } from '@/lib/site/paths';

/**
 * "What the sources say": a cell's quoted words, folded away until asked for. A native
 * details/summary, so it opens by keyboard, tap and screen reader with or without JavaScript.
 */
export function SourcesSay({
  refs,
  sources,
  subject,
}: {
  refs: readonly CitationRef[];
  sources: SourceIndex;
  /** What the cell is about, for screen readers moving between many of these. */
  subject: string;
}) {
  const quotes = refs.flatMap((ref) => {
    const source = sources[ref.source];
    const quote = source?.quotes?.find((candidate) => candidate.id === ref.quote);
    return source && quote ? [{ ref, source, quote }] : [];
  });
  if (quotes.length === 0) return null;
  return (
    <details className="sources-say mt-2 text-base">
      <summary className="cursor-pointer font-semibold text-[var(--color-link)]">
        What the sources say<span className="sr-only">: {subject}</span>
      </summary>
      <ul className="mt-2 space-y-2">
        {quotes.map(({ ref, source, quote }) => (
          <li key={`${ref.source}--${ref.quote}`}>
            <span className="sources-say-quote">“{quote.text}”</span>{' '}
            <span className="text-muted">
              —{' '}
              <a href={quoteAnchor(ref)} className="underline">
                {source.publisher}
              </a>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
