'use client';

import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { outcomeMessage } from '@/lib/search/messages';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { SearchOutcomeSchema, type SearchOutcome } from '@/lib/search/schema';
import { SearchResults } from './search-results';

/** Long enough not to search on every key press, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The search form and its results. Rendered on the server it is a plain GET form with results;
 * once hydrated it fetches small JSON answers as the reader types and announces them politely.
 */
export function LiveSearch({ initial }: { initial: SearchOutcome }) {
  const [value, setValue] = useState(initial.query);
  const [outcome, setOutcome] = useState(initial);
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  async function run(query: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const response = await fetch(`/api/search?q=${encodeURIComponent(query)}`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`search answered ${response.status}`);
      const next = SearchOutcomeSchema.parse(await response.json());
      setOutcome(next);
      setFailed(false);
      // Keep the address shareable and the back button sensible, without a page load.
      window.history.replaceState(
        null,
        '',
        next.query ? `/search?q=${encodeURIComponent(next.query)}` : '/search',
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error(error);
      setFailed(true);
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const query = event.target.value;
    setValue(query);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(query), SEARCH_DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // If live search has failed, let the form submit the ordinary way.
    if (failed) return;
    event.preventDefault();
    clearTimeout(timer.current);
    void run(value);
  }

  return (
    <>
      <form
        action="/search"
        method="get"
        role="search"
        aria-label="Search results"
        className="mt-6"
        onSubmit={onSubmit}
      >
        <label htmlFor="search-query" className="block font-semibold">
          Search for a word or a question
        </label>
        <p id="search-hint" className="text-base text-muted">
          Up to {MAX_QUERY_LENGTH} characters. Small spelling mistakes are fine.
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
            Search
          </button>
        </div>
      </form>
      <p role="status" className="mt-4" data-status={outcome.status}>
        {outcomeMessage(outcome)}
        {failed ? ' Live search is not working right now: press Search to search.' : ''}
      </p>
      <SearchResults outcome={outcome} />
    </>
  );
}
