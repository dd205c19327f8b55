import type { CitationRef } from '@/lib/schemas/citation';
import { quoteAnchor } from '@/lib/site/paths';
import type { CitedSourceNames } from './citation-links';
import { SourcesSaySummary } from './evidence-words';

/**
 * "What the sources say" under a comparison cell: the cell's quotes, folded away until asked
 * for. A native details/summary, so it opens by keyboard, tap and screen reader. Without
 * JavaScript it lists a link to each quote on its source's page; with it, the page's
 * CitationController fetches the words when the fold opens and shows each before its link
 * (into the empty `data-said` and `data-fold-status` places).
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
  const quotes = refs.filter((ref) => sources[ref.source]);
  if (quotes.length === 0) return null;
  return (
    <details className="sources-say mt-2 text-base">
      <summary className="cursor-pointer font-semibold text-[var(--color-link)]">
        <SourcesSaySummary />
        <span className="sr-only">: {subject}</span>
      </summary>
      <div data-fold-status="" />
      <ul className="mt-2 space-y-2">
        {quotes.map((ref) => (
          <li key={`${ref.source}--${ref.quote}`} data-quote={ref.quote}>
            <span data-said="" />
            <span className="text-muted">
              —{' '}
              <a href={quoteAnchor(ref)} className="underline">
                <cite>{sources[ref.source]?.publisher}</cite>
              </a>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
