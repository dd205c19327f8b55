'use client';

import { useSyncExternalStore, type ReactNode, type Ref } from 'react';
import type { FeedbackFormWords } from '@/lib/content/pages/feedback';
import { useFeedbackPost } from './use-feedback-post';

const noSubscription = () => () => {};

/** Only the words the browser needs once the form is posted in place. */
type EnhancerWords = Pick<
  FeedbackFormWords,
  'heading' | 'send' | 'sending' | 'thanksHeading' | 'thanksBody' | 'unavailable'
>;

/** What replaces the form once the answer is saved. */
function FeedbackThanks({
  thanks,
  words,
}: {
  thanks: Ref<HTMLParagraphElement>;
  words: EnhancerWords;
}) {
  return (
    <div>
      {/* Same id as the form's heading, which it replaces: the section keeps its name. */}
      <h2 id="feedback-heading" className="text-xl font-bold">
        {words.heading}
      </h2>
      <p
        ref={thanks}
        tabIndex={-1}
        className="mt-2 text-lg font-semibold"
        data-testid="feedback-thanks"
      >
        {words.thanksHeading}. {words.thanksBody}
      </p>
    </div>
  );
}

/**
 * Progressive enhancement for the feedback form. Without JavaScript the browser posts it and gets
 * a thank-you page. With JavaScript the same body is posted in place: the thank-you replaces the
 * form and takes focus (it is also announced), and a refusal is announced with focus moved to the
 * field it is about.
 */
export function FeedbackFormEnhancer({
  action,
  words,
  children,
}: {
  action: string;
  words: EnhancerWords;
  children: ReactNode;
}) {
  // Until JavaScript runs, the browser posts the form itself; the browser tests wait for this.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const { state, thanks, onSubmit } = useFeedbackPost(action, words.unavailable);

  return (
    <>
      {state.kind === 'sent' ? (
        <FeedbackThanks thanks={thanks} words={words} />
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
            {state.kind === 'sending' ? words.sending : words.send}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" className="sr-only" data-testid="feedback-status">
        {state.kind === 'sent'
          ? words.thanksHeading
          : state.kind === 'refused'
            ? state.message
            : ''}
      </p>
    </>
  );
}
