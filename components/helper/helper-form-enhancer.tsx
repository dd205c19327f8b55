'use client';

import { useRouter } from 'next/navigation';
import {
  useEffect,
  useState,
  useSyncExternalStore,
  useTransition,
  type FormEvent,
  type ReactNode,
} from 'react';
import { ANSWER_HEADING_ID } from '@/lib/helper/answer-heading';

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

const noSubscription = () => () => {};

/**
 * Resolves once the router has committed a navigation to `href` (the address bar shows it), or
 * after a couple of seconds at most. The answer refresh must wait for that: a refresh started while
 * the push is still in flight can patch the old tree, and Next then falls back to a full reload.
 */
function committed(href: string): Promise<void> {
  const target = new URL(href, window.location.href);
  const here = () =>
    window.location.pathname === target.pathname && window.location.search === target.search;
  const deadline = performance.now() + 2000;
  return new Promise((resolve) => {
    const check = () => {
      if (here() || performance.now() > deadline) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
}

export function HelperFormEnhancer({
  action,
  status: words,
  children,
}: {
  action: string;
  /** What the status line says while the answer loads, and once it has changed. */
  status: { finding: string; updated: string };
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState('');
  // Until JavaScript runs, the browser submits the form itself; the browser tests wait for this.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  useEffect(() => {
    if (pending || !awaitingAnswer.current) return;
    // After the answer has painted: focus its heading, then announce, so screen readers hear the
    // heading and then the update.
    const frame = requestAnimationFrame(() => {
      awaitingAnswer.current = false;
      document.getElementById(ANSWER_HEADING_ID)?.focus();
      setStatus(words.updated);
    });
    return () => cancelAnimationFrame(frame);
  }, [pending, words.updated]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
    awaitingAnswer.current = true;
    setStatus('');
    const href = `${action}?${params.toString()}`;
    startTransition(async () => {
      router.push(href, { scroll: false });
      await committed(href);
      // The blank helper is prerendered, so the router may reuse it (or the last answer) for any
      // query: ask the server for this address's answer (proxy.ts sends it to the cached page).
      startTransition(() => router.refresh());
    });
  }

  return (
    <>
      <form
        action={action}
        method="get"
        onSubmit={onSubmit}
        aria-busy={pending}
        data-enhanced={enhanced || undefined}
        noValidate
      >
        {children}
      </form>
      <p role="status" aria-live="polite" className="sr-only" data-testid="helper-status">
        {pending ? words.finding : status}
      </p>
    </>
  );
}
