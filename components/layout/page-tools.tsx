'use client';

import { useState, useSyncExternalStore } from 'react';
import { fillWords } from '../evidence/fill-words';
import { useEvidenceWords } from '../evidence/evidence-words';

const noSubscription = () => () => {};

const useCanShare = () =>
  useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );

/**
 * Print and Share for one page. They are in the server HTML so nothing moves when the page
 * hydrates (no layout shift), and `@media (scripting: none)` in globals.css hides them where
 * JavaScript is off, so no one meets a dead button. Outcomes are announced through a status line.
 */
export function PageTools({ title }: { title: string }) {
  // The buttons' words come from the root layout's provider, as the citation numbers' do.
  const words = useEvidenceWords().pageTools;
  const canShare = useCanShare();
  const [message, setMessage] = useState('');

  async function share() {
    const url = window.location.href;
    if (canShare) {
      try {
        await navigator.share({ title, url });
        setMessage('');
      } catch (error) {
        // Closing the share sheet is a choice, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setMessage(fillWords(words.shareFailed, { url }));
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(words.copied);
    } catch {
      setMessage(fillWords(words.copyFailed, { url }));
    }
  }

  return (
    <div className="page-tools no-print mt-4">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded border border-line bg-surface px-3 py-1 text-base font-semibold text-ink"
        >
          {words.print}
        </button>
        <button
          type="button"
          onClick={() => void share()}
          className="rounded border border-line bg-surface px-3 py-1 text-base font-semibold text-ink"
        >
          {canShare ? words.share : words.copyLink}
        </button>
      </div>
      <p role="status" className="mt-2 text-base text-muted">
        {message}
      </p>
    </div>
  );
}
