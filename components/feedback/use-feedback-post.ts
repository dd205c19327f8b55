'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FeedbackProblem } from '@/lib/schemas/text/interface-text';

export type FeedbackState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'refused'; message: string; problem?: FeedbackProblem };

/** Which field to put the reader back in when the server names a problem with it. */
const FOCUS_FOR: Partial<Record<FeedbackProblem, string>> = {
  'missing-answer': 'feedback-answer-yes',
  'comment-too-long': 'feedback-comment',
};

/**
 * Posts the form's body to `action` and reads the JSON reply into a state. A refusal shows the
 * sentence the server sends with it; `unavailable` is for when no reply can be read at all.
 */
async function post(
  action: string,
  form: HTMLFormElement,
  unavailable: string,
): Promise<FeedbackState> {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string') params.append(key, value);
  }
  try {
    const response = await fetch(action, {
      method: 'POST',
      body: params,
      headers: { Accept: 'application/json' },
    });
    const reply = (await response.json()) as {
      ok: boolean;
      problem?: FeedbackProblem;
      message?: string;
    };
    if (reply.ok && response.ok) return { kind: 'sent' };
    return { kind: 'refused', message: reply.message || unavailable, problem: reply.problem };
  } catch {
    return { kind: 'refused', message: unavailable };
  }
}

/**
 * The in-place post: its state, the submit handler, and a ref for the thank-you, which takes
 * focus once shown (a refusal moves focus to the field it is about).
 */
export function useFeedbackPost(action: string, unavailable: string) {
  const [state, setState] = useState<FeedbackState>({ kind: 'idle' });
  const thanks = useRef<HTMLParagraphElement>(null);

  // Once the new state is on screen: focus the thank-you, or the field a refusal is about.
  useEffect(() => {
    if (state.kind === 'sent') thanks.current?.focus();
    const field = state.kind === 'refused' && state.problem && FOCUS_FOR[state.problem];
    if (field) document.getElementById(field)?.focus();
  }, [state]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setState({ kind: 'sending' });
    setState(await post(action, form, unavailable));
  }

  return { state, thanks, onSubmit };
}
