'use client';

import { useCallback, useState } from 'react';
import { sourceQuotes, type FetchedSourceQuotes } from './source-quotes-client';

export type QuotesState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; sources: Readonly<Record<string, FetchedSourceQuotes>> };

/**
 * The quotes of some sources, loaded when a reader first asks for them (an event, never on
 * render), keyed by each source's quotes.json address.
 */
export function useQuotes(hrefs: readonly string[]): [QuotesState, () => void] {
  const [state, setState] = useState<QuotesState>({ status: 'idle' });
  const request = useCallback(() => {
    if (state.status === 'ready' || state.status === 'loading') return;
    setState({ status: 'loading' });
    Promise.all(hrefs.map((href) => sourceQuotes(href))).then(
      (loaded) =>
        setState({
          status: 'ready',
          sources: Object.fromEntries(loaded.map((data, index) => [hrefs[index] ?? '', data])),
        }),
      () => setState({ status: 'failed' }),
    );
  }, [hrefs, state.status]);
  return [state, request];
}

/** The words of the quotes `ids` of one loaded source, in the order asked for. */
export function quotesOf(
  source: FetchedSourceQuotes | undefined,
  ids: readonly string[],
): { id: string; text: string }[] {
  if (!source) return [];
  return ids.flatMap((id) => source.quotes.filter((quote) => quote.id === id));
}
