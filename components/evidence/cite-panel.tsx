import type { CiteWords } from '@/lib/schemas/text/evidence-text';
import { fillWords } from './fill-words';
import { quotesOf, type QuotesState } from './quotes-state';

/** The quoted words once loaded, or what is happening meanwhile. */
function QuoteWords({
  state,
  quotesHref,
  quoteIds,
  words,
}: {
  state: QuotesState;
  quotesHref: string;
  quoteIds: readonly string[];
  words: Pick<CiteWords, 'loading' | 'failed'>;
}) {
  if (state.status === 'loading') {
    return (
      <span role="status" className="cite-quote-text">
        {words.loading}
      </span>
    );
  }
  const loaded = state.status === 'ready' ? state.sources[quotesHref] : undefined;
  const quotes = quotesOf(loaded, quoteIds);
  if (!loaded || quotes.length === 0) {
    return (
      <span role="alert" className="cite-quote-text">
        {words.failed}
      </span>
    );
  }
  return (
    <>
      {quotes.map((quote) => (
        <q key={quote.id} cite={loaded.url} className="cite-quote-text">
          {quote.text}
        </q>
      ))}
    </>
  );
}

/** What an open citation number shows: whose words, the words, a link to them and a Hide button. */
export interface CitePanelProps {
  id: string;
  /** The quote's anchor on its source's page. */
  href: string;
  quotesHref: string;
  quoteIds: readonly string[];
  state: QuotesState;
  words: CiteWords;
  onHide: () => void;
}

/**
 * The quoted words under an open citation number. It follows the number in reading order, so a
 * screen reader reaches it next; the number's `aria-controls` names it.
 */
export function CitePanel({
  id,
  href,
  quotesHref,
  quoteIds,
  state,
  words,
  onHide,
}: CitePanelProps) {
  // Whose words they are comes with the words: the number itself carries no more than its link.
  const publisher = state.status === 'ready' ? state.sources[quotesHref]?.publisher : undefined;
  return (
    <span id={id} className="cite-quote" data-cite-quote="">
      {publisher && (
        <span className="cite-quote-source">{fillWords(words.says, { publisher })}</span>
      )}
      <QuoteWords state={state} quotesHref={quotesHref} quoteIds={quoteIds} words={words} />
      <span className="cite-quote-actions">
        <a href={href} className="underline">
          {words.sourcePage}
        </a>
        <button type="button" className="cite-quote-hide" onClick={onHide}>
          {words.hide}{' '}
          {publisher && (
            <span className="sr-only">{fillWords(words.hideWhose, { publisher })}</span>
          )}
        </button>
      </span>
    </span>
  );
}
