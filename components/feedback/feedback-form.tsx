import Link from 'next/link';
import type { ReactNode } from 'react';
import type { FeedbackFormWords } from '@/lib/content/pages/feedback';
import { COMMENT_MAX_LENGTH, FEEDBACK_ANSWERS, FIELD } from '@/lib/feedback/schema';
import { FeedbackFormEnhancer } from './feedback-form-enhancer';

export const FEEDBACK_ACTION = '/api/feedback';

/**
 * "Is this page useful?" at the foot of a content page. The route passes the page's own path, the
 * words it loaded and the form's fields as a static part:
 * `<FeedbackForm words={page.feedback} fields={<StaticPart name="feedback-fields" params={{ path }} />} />`.
 * It is static HTML (a POST form), so the page stays prerendered; the endpoint accepts any path in
 * the sitemap. It never prints.
 */
export function FeedbackForm({ words, fields }: { words: FeedbackFormWords; fields: ReactNode }) {
  const { heading, send, sending, thanksHeading, thanksBody, unavailable } = words;
  const enhancer = { heading, send, sending, thanksHeading, thanksBody, unavailable };
  return (
    <section
      aria-labelledby="feedback-heading"
      id="feedback"
      className="no-print mx-auto mt-12 max-w-prose rounded-md border border-line bg-surface p-4 sm:p-6"
      data-testid="feedback"
    >
      <FeedbackFormEnhancer action={FEEDBACK_ACTION} words={enhancer}>
        {fields}
      </FeedbackFormEnhancer>
    </section>
  );
}

/**
 * The form's fields: the page it is about, yes or no, a comment, and a trap for robots. Plain
 * HTML the enhancer reads with FormData, so they need no React in the browser.
 */
export function FeedbackFields({ path, words }: { path: string; words: FeedbackFormWords }) {
  return (
    <>
      <input type="hidden" name={FIELD.page} value={path} />
      <fieldset>
        <legend>
          <h2 id="feedback-heading" className="text-xl font-bold">
            {words.heading}
          </h2>
        </legend>
        <div className="mt-2 flex flex-wrap gap-x-8 gap-y-1">
          {FEEDBACK_ANSWERS.map((value) => (
            <div key={value} className="flex items-center gap-3">
              <input
                type="radio"
                name={FIELD.answer}
                id={`feedback-answer-${value}`}
                value={value}
                className="size-6 shrink-0 accent-brand"
              />
              <label htmlFor={`feedback-answer-${value}`} className="py-2 text-lg">
                {words[value]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <label htmlFor="feedback-comment" className="mt-4 block font-semibold">
        {words.commentLabel}
      </label>
      <p id="feedback-comment-hint" className="mt-1 text-base text-muted">
        {words.commentHint}{' '}
        <Link href="/about#privacy" className="underline">
          {words.privacyLink}
        </Link>
      </p>
      <textarea
        id="feedback-comment"
        name={FIELD.comment}
        maxLength={COMMENT_MAX_LENGTH}
        rows={4}
        aria-describedby="feedback-comment-hint"
        className="mt-2 block w-full rounded-md border-2 border-muted bg-page p-2"
      />
      {/* A trap for form-filling robots: off screen, out of the tab order, hidden from readers. */}
      <div className="absolute -left-[10000px]" aria-hidden="true">
        <label htmlFor="feedback-website">{words.honeypotLabel}</label>
        <input id="feedback-website" name={FIELD.honeypot} tabIndex={-1} autoComplete="off" />
      </div>
    </>
  );
}
