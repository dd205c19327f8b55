'use client';

import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { SearchOutcomeSchema, type SearchOutcome } from '@/lib/search/schema';

/** Long enough not to search on every key press, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The live search's state: the typed value, the latest outcome, and whether live search failed
 * (then the form submits the ordinary way). Answers come from /api/search as small JSON.
 */
export function useLiveSearch(initial: SearchOutcome) {
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

  return { value, outcome, failed, onChange, onSubmit };
}
