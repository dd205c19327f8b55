'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { fillWords } from './fill-words';
import type { CiteWords } from '@/lib/schemas/text/evidence-text';
import { useEvidenceWords } from './evidence-words';
import { quotesOf, useQuotes, type QuotesState } from './use-quotes';

const noSubscription = () => () => {};

/** The source a citation number stands for: what it is called, and where its quotes load from. */
export interface CitedSource {
  title: string;
  publisher: string;
  /** Its prerendered quote data, /sources/<id>/quotes.json. */
  quotesHref: string;
  /** The quotes (ids) this number rests on. */
  quoteIds: readonly string[];
}

/** While the quote is open, Escape closes it and returns focus to its number. */
function useEscapeToClose(
  open: boolean,
  setOpen: (open: boolean) => void,
  link: RefObject<HTMLAnchorElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        link.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, setOpen, link]);
}

/** The quoted words once loaded, or what is happening meanwhile. */
function QuoteWords({
  state,
  source,
  words,
}: {
  state: QuotesState;
  source: CitedSource;
  words: Pick<CiteWords, 'loading' | 'failed'>;
}) {
  if (state.status === 'idle') return null;
  if (state.status === 'loading') {
    return (
      <span role="status" className="cite-quote-text">
        {words.loading}
      </span>
    );
  }
  const loaded = state.status === 'ready' ? state.sources[source.quotesHref] : undefined;
  const quotes = quotesOf(loaded, source.quoteIds);
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

/**
 * One citation number. Without JavaScript it is a plain link to the quote on its source's page.
 * With JavaScript, activating it (click, tap, Enter) shows the quoted words in place instead, as a
 * disclosure: `aria-expanded` tells a screen reader, the words (fetched on first open) follow the
 * link in reading order, and Escape or "Hide" closes them and returns focus to the number.
 */
export function CiteLink({
  number,
  href,
  source,
  className,
}: {
  number: number;
  /** The quote's anchor on its source's page: where the number leads without JavaScript. */
  href: string;
  source: CitedSource;
  /** `cite` in an article's text, `source-cite` in tables and boxes: they space differently. */
  className: string;
}) {
  const words = useEvidenceWords().cite;
  const panelId = useId();
  // False in the server's HTML and during hydration, true once JavaScript runs the page: only
  // then does the number become a disclosure rather than a link to the source's page.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [open, setOpen] = useState(false);
  const [state, request] = useQuotes([source.quotesHref]);
  const link = useRef<HTMLAnchorElement>(null);
  useEscapeToClose(open, setOpen, link);

  return (
    <span className="cite-ref">
      <sup className={className}>
        <a
          ref={link}
          href={href}
          aria-label={fillWords(words.label, {
            number,
            title: source.title,
            publisher: source.publisher,
          })}
          aria-expanded={enhanced ? open : undefined}
          aria-controls={enhanced && open ? panelId : undefined}
          data-cite-number={number}
          onClick={(event) => {
            if (!enhanced) return;
            event.preventDefault();
            if (!open) request();
            setOpen(!open);
          }}
        >
          [{number}]
        </a>
      </sup>
      {open && (
        <CitePanel
          id={panelId}
          href={href}
          source={source}
          state={state}
          words={words}
          onHide={() => {
            setOpen(false);
            link.current?.focus();
          }}
        />
      )}
    </span>
  );
}

function CitePanel({
  id,
  href,
  source,
  state,
  words,
  onHide,
}: {
  id: string;
  href: string;
  source: CitedSource;
  state: QuotesState;
  words: CiteWords;
  onHide: () => void;
}) {
  return (
    <span id={id} className="cite-quote" data-cite-quote="">
      <span className="cite-quote-source">
        {fillWords(words.says, { publisher: source.publisher })}
      </span>
      <QuoteWords state={state} source={source} words={words} />
      <span className="cite-quote-actions">
        <a href={href} className="underline">
          {words.sourcePage}
        </a>
        <button type="button" className="cite-quote-hide" onClick={onHide}>
          {words.hide}{' '}
          <span className="sr-only">
            {fillWords(words.hideWhose, { publisher: source.publisher })}
          </span>
        </button>
      </span>
    </span>
  );
}
