'use client';

import type { ChangeEvent, FormEvent } from 'react';
import { outcomeMessage } from '@/lib/search/messages';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { SearchOutcome } from '@/lib/search/schema';
import type { SearchText } from '@/lib/schemas/text/search-text';
import { fillText } from '@/lib/site/fill-template';
import { SearchResults } from './search-results';
import { useLiveSearch } from './use-live-search';

/** The search page's own form: a labelled box with a hint, and a button. */
function LiveSearchForm({
  text,
  value,
  onChange,
  onSubmit,
}: {
  text: SearchText;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={text.resultsLabel}
      className="mt-6"
      onSubmit={onSubmit}
    >
      <label htmlFor="search-query" className="block font-semibold">
        {text.label}
      </label>
      <p id="search-hint" className="text-base text-muted">
        {fillText(text.hint, { max: MAX_QUERY_LENGTH })}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="search-query"
          name="q"
          type="search"
          value={value}
          onChange={onChange}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          aria-describedby="search-hint"
          className="min-w-0 flex-1 rounded border border-muted bg-surface px-3 py-2 text-ink"
        />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-ink">
          {text.button}
        </button>
      </div>
    </form>
  );
}

/**
 * The search form and its results. Rendered on the server it is a plain GET form with results;
 * once hydrated it fetches small JSON answers as the reader types and announces them politely.
 */
export function LiveSearch({ initial, text }: { initial: SearchOutcome; text: SearchText }) {
  const { value, outcome, failed, onChange, onSubmit } = useLiveSearch(initial);
  return (
    <>
      <LiveSearchForm text={text} value={value} onChange={onChange} onSubmit={onSubmit} />
      <p role="status" className="mt-4" data-status={outcome.status}>
        {outcomeMessage(outcome, text.outcome)}
        {failed ? ` ${text.liveFailed}` : ''}
      </p>
      <SearchResults outcome={outcome} text={text} />
    </>
  );
}
