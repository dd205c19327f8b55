'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { CiteWords } from '@/lib/schemas/text/evidence-text';
import { loadQuotes, quotesHrefOf, quotesOf, type QuotesState } from './quotes-state';

let opened = 0;

interface OpenFold {
  key: number;
  details: HTMLDetailsElement;
  state: QuotesState;
}

/** Each quote of a fold: its list item (sources-say.tsx) and where its words load from. */
function foldQuotes(details: HTMLDetailsElement) {
  return [...details.querySelectorAll<HTMLLIElement>('li[data-quote]')].flatMap((item) => {
    const link = item.querySelector('a');
    const slot = item.querySelector('[data-said]');
    return link && slot
      ? [{ quoteId: item.dataset.quote ?? '', quotesHref: quotesHrefOf(link), slot }]
      : [];
  });
}

/** A fold's loading or failure line, or, once loaded, each quote's words before its link. */
function FoldWords({
  fold,
  words,
}: {
  fold: OpenFold;
  words: Pick<CiteWords, 'loading' | 'failed'>;
}) {
  const status = fold.details.querySelector('[data-fold-status]');
  const { state } = fold;
  if (state.status !== 'ready') {
    if (!status) return null;
    return createPortal(
      state.status === 'loading' ? (
        <p role="status" className="mt-2">
          {words.loading}
        </p>
      ) : (
        <p role="alert" className="mt-2">
          {words.failed}
        </p>
      ),
      status,
    );
  }
  return foldQuotes(fold.details).map(({ quoteId, quotesHref, slot }) => {
    const loaded = state.sources[quotesHref];
    const [said] = quotesOf(loaded, [quoteId]);
    if (!said || !loaded) return null;
    return createPortal(
      <>
        <q cite={loaded.url} className="sources-say-quote">
          {said.text}
        </q>{' '}
      </>,
      slot,
      `${quotesHref}#${quoteId}`,
    );
  });
}

/**
 * Every "What the sources say" fold on the page (sources-say.tsx renders them as native
 * details/summary markup, which opens by keyboard, tap and screen reader without help). When one
 * is first opened, this fetches its quotes and shows each above its link; a failed fetch says so,
 * and opening the fold again tries again. `toggle` does not bubble: it is heard on its way down.
 */
export function useSourcesSay(words: CiteWords): ReactNode {
  const [folds, setFolds] = useState<OpenFold[]>([]);
  const latest = useRef<OpenFold[]>([]);
  useEffect(() => {
    latest.current = folds;
  }, [folds]);

  useEffect(() => {
    const onToggle = (event: Event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      if (!details.matches('details.sources-say')) return;
      const known = latest.current.find((fold) => fold.details === details);
      if (known && known.state.status !== 'failed') return;
      opened += 1;
      const key = opened;
      setFolds((list) => [
        ...list.filter((fold) => fold.details !== details),
        { key, details, state: { status: 'loading' } },
      ]);
      const hrefs = [...new Set(foldQuotes(details).map((quote) => quote.quotesHref))];
      void loadQuotes(hrefs).then((state) =>
        setFolds((list) => list.map((fold) => (fold.key === key ? { ...fold, state } : fold))),
      );
    };
    document.addEventListener('toggle', onToggle, true);
    return () => document.removeEventListener('toggle', onToggle, true);
  }, []);

  return folds
    .filter((fold) => fold.details.isConnected)
    .map((fold) => <FoldWords key={fold.key} fold={fold} words={words} />);
}
