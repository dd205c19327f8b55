'use client';

import { useEvidenceWords } from './evidence-words';
import { quotesOf, useQuotes } from './use-quotes';

/** One quote behind a cell: whose it is, where it lives, and where its words load from. */
interface FoldQuote {
  key: string;
  publisher: string;
  quoteId: string;
  /** The quote's anchor on its source's page. */
  href: string;
  quotesHref: string;
}

/**
 * "What the sources say": a cell's quotes, folded away until asked for. A native details/summary,
 * so it opens by keyboard, tap and screen reader. Without JavaScript it lists links to each quote
 * on its source's page; with it, opening the fold fetches the words and shows them above each link.
 */
export function SourcesSayFold({
  quotes,
  subject,
}: {
  quotes: readonly FoldQuote[];
  /** What the cell is about, for screen readers moving between many of these. */
  subject: string;
}) {
  const words = useEvidenceWords();
  const hrefs = [...new Set(quotes.map((quote) => quote.quotesHref))];
  const [state, request] = useQuotes(hrefs);
  return (
    <details
      className="sources-say mt-2 text-base"
      onToggle={(event) => {
        if (event.currentTarget.open) request();
      }}
    >
      <summary className="cursor-pointer font-semibold text-[var(--color-link)]">
        {words.sourcesSay.summary}
        <span className="sr-only">: {subject}</span>
      </summary>
      {state.status === 'loading' && (
        <p role="status" className="mt-2">
          {words.cite.loading}
        </p>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="mt-2">
          {words.cite.failed}
        </p>
      )}
      <ul className="mt-2 space-y-2">
        {quotes.map((quote) => {
          const loaded = state.status === 'ready' ? state.sources[quote.quotesHref] : undefined;
          const [said] = quotesOf(loaded, [quote.quoteId]);
          return (
            <li key={quote.key}>
              {said && loaded && (
                <>
                  <q cite={loaded.url} className="sources-say-quote">
                    {said.text}
                  </q>{' '}
                </>
              )}
              <span className="text-muted">
                —{' '}
                <a href={quote.href} className="underline">
                  <cite>{quote.publisher}</cite>
                </a>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
