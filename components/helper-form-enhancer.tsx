'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { ANSWER_HEADING_ID } from '@/lib/helper-questions';

/**
 * Progressive enhancement for the helper's GET form. Without JavaScript the browser submits it and
 * the server renders the answer. With JavaScript we navigate client-side to the same URL (so it
 * stays shareable and Back works), keep the scroll position, then move focus to the answer heading
 * and announce that the answer is ready.
 */
/**
 * Outlives the component on purpose: the blank helper and an answer are different routes (the
 * blank one is prerendered, answers are cached per address), so the form that was submitted
 * unmounts and the answer page's own form is the one that moves focus and announces.
 */
const awaitingAnswer = { current: false };

export function HelperFormEnhancer({ action, children }: { action: string; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (pending || !awaitingAnswer.current) return;
    // After the answer has painted: focus its heading, then announce, so screen readers hear the
    // heading and then the update.
    const frame = requestAnimationFrame(() => {
      awaitingAnswer.current = false;
      document.getElementById(ANSWER_HEADING_ID)?.focus();
      setStatus('Your answer has been updated.');
    });
    return () => cancelAnimationFrame(frame);
  }, [pending]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
    awaitingAnswer.current = true;
    setStatus('');
    startTransition(() => {
      router.push(`${action}?${params.toString()}`, { scroll: false });
      // The blank helper is prerendered, so the router would reuse it for any query: ask the
      // server for this address's answer (proxy.ts sends it to the cached answer page).
      router.refresh();
    });
  }

  return (
    <>
      <form action={action} method="get" onSubmit={onSubmit} aria-busy={pending} noValidate>
        {children}
      </form>
      <p role="status" aria-live="polite" className="sr-only" data-testid="helper-status">
        {pending ? 'Finding your answer…' : status}
      </p>
    </>
  );
}
