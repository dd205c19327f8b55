'use client';

import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type ReactNode,
} from 'react';
import { FEEDBACK_PROBLEMS, FEEDBACK_TEXT, type FeedbackProblem } from '@/lib/feedback/messages';

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'refused'; message: string; problem?: FeedbackProblem };

/** Which field to put the reader back in when the server names a problem with it. */
const FOCUS_FOR: Partial<Record<FeedbackProblem, string>> = {
  'missing-answer': 'feedback-answer-yes',
  'comment-too-long': 'feedback-comment',
};

const noSubscription = () => () => {};

/**
 * Progressive enhancement for the feedback form. Without JavaScript the browser posts it and gets
 * a thank-you page. With JavaScript the same body is posted in place: the thank-you replaces the
 * form and takes focus (it is also announced), and a refusal is announced with focus moved to the
 * field it is about.
 */
export function FeedbackFormEnhancer({
  action,
  children,
}: {
  action: string;
  children: ReactNode;
}) {
  // Until JavaScript runs, the browser posts the form itself; the browser tests wait for this.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [state, setState] = useState<State>({ kind: 'idle' });
  const thanks = useRef<HTMLParagraphElement>(null);

  // Once the new state is on screen: focus the thank-you, or the field a refusal is about.
  useEffect(() => {
    if (state.kind === 'sent') thanks.current?.focus();
    const field = state.kind === 'refused' && state.problem && FOCUS_FOR[state.problem];
    if (field) document.getElementById(field)?.focus();
  }, [state]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string') params.append(key, value);
    }
    setState({ kind: 'sending' });
    let next: State;
    try {
      const response = await fetch(action, {
        method: 'POST',
        body: params,
        headers: { Accept: 'application/json' },
      });
      const reply = (await response.json()) as { ok: boolean; problem?: FeedbackProblem };
      next =
        reply.ok && response.ok
          ? { kind: 'sent' }
          : {
              kind: 'refused',
              message: FEEDBACK_PROBLEMS[reply.problem ?? 'unavailable'],
              problem: reply.problem,
            };
    } catch {
      next = { kind: 'refused', message: FEEDBACK_PROBLEMS.unavailable };
    }
    setState(next);
  }

  return (
    <>
      {state.kind === 'sent' ? (
        <div>
          {/* Same id as the form's heading, which it replaces: the section keeps its name. */}
          <h2 id="feedback-heading" className="text-xl font-bold">
            {FEEDBACK_TEXT.heading}
          </h2>
          <p
            ref={thanks}
            tabIndex={-1}
            className="mt-2 text-lg font-semibold"
            data-testid="feedback-thanks"
          >
            {FEEDBACK_TEXT.thanksHeading}. {FEEDBACK_TEXT.thanksBody}
          </p>
        </div>
      ) : (
        <form
          action={action}
          method="post"
          onSubmit={onSubmit}
          aria-busy={state.kind === 'sending'}
          data-enhanced={enhanced || undefined}
          noValidate
        >
          {children}
          <p
            className="mt-4 border-l-4 border-urgent-line pl-3 font-semibold empty:hidden"
            data-testid="feedback-problem"
          >
            {state.kind === 'refused' ? state.message : ''}
          </p>
          <button
            type="submit"
            disabled={state.kind === 'sending'}
            className="mt-4 rounded-md bg-brand px-5 py-3 text-lg font-bold text-brand-ink hover:underline"
          >
            {state.kind === 'sending' ? FEEDBACK_TEXT.sending : FEEDBACK_TEXT.send}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" className="sr-only" data-testid="feedback-status">
        {state.kind === 'sent'
          ? FEEDBACK_TEXT.thanksHeading
          : state.kind === 'refused'
            ? state.message
            : ''}
      </p>
    </>
  );
}
