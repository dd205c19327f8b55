import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ReadingStats } from '@/lib/mdx/readability';
import { isOverdue, latestReview, type ReviewRecord } from '@/lib/schemas/review';
import type { ReviewMetaText } from '@/lib/schemas/site-text';
import { formatDate } from '@/lib/site/site-config';
import { fillTemplate } from '@/lib/site/fill-template';
import { OverdueNotice } from './overdue-notice';

const dateOf = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;

/**
 * What kind of check the page has had and when, when the next one is due, and how hard it is to
 * read. An editorial check is never presented as a clinical review.
 */
export function ReviewMeta({
  nextReviewDue,
  reviews,
  stats,
  today,
  overdue,
  words,
}: {
  nextReviewDue: string;
  reviews: readonly ReviewRecord[];
  stats: ReadingStats;
  /** Today as YYYY-MM-DD, from the page's clock: past nextReviewDue, the overdue notice shows. */
  today: string;
  /** The notice's words, from content/site-text.yaml. */
  overdue: { title: string; text: string; reviewDue: string };
  /** The review line's words, from content/site-text.yaml; the {slots} are filled in here. */
  words: ReviewMetaText;
}) {
  const editorial = latestReview(reviews, 'editorial');
  const clinical = latestReview(reviews, 'clinical');
  const pieces = (template: string, values: Record<string, ReactNode>) =>
    fillTemplate(template, values).map((piece, index) => <span key={index}>{piece}</span>);
  return (
    <div className="review-meta mt-4 space-y-1 text-base text-muted">
      {isOverdue(nextReviewDue, today) && (
        <OverdueNotice
          title={overdue.title}
          text={overdue.text}
          reviewDue={overdue.reviewDue}
          nextReviewDue={nextReviewDue}
        />
      )}
      <p data-testid="review-record">
        {editorial && <>{pieces(words.editorial, { date: dateOf(editorial.date) })} </>}
        {clinical ? (
          <span data-testid="clinical-review">
            {pieces(words.clinical, {
              name: clinical.name,
              credentials: clinical.credentials,
              date: dateOf(clinical.date),
            })}{' '}
            {pieces(words.clinicalScope, { scope: clinical.scope })}
          </span>
        ) : (
          <>{words.noClinical}</>
        )}{' '}
        <Link href="/about#how-we-review" className="underline">
          {words.howWeCheck}
        </Link>
      </p>
      <dl className="space-y-1">
        <div>
          <dt className="inline font-semibold">{words.nextReviewDue}</dt>{' '}
          <dd className="inline">{dateOf(nextReviewDue)}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{words.readingTime}</dt>{' '}
          <dd className="inline">
            {fillTemplate(words.readingTimeValue, {
              minutes: String(stats.minutes),
              grade: String(Math.max(1, Math.round(stats.grade))),
            }).join('')}
          </dd>
        </div>
      </dl>
    </div>
  );
}
