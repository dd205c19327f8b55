import Link from 'next/link';
import type { ReadingStats } from '@/lib/mdx/readability';
import { isOverdue, latestReview, type ReviewRecord } from '@/lib/schemas/review';
import { SITE_NAME, formatDate } from '@/lib/site/site-config';
import { OverdueNotice } from './overdue-notice';

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
}: {
  nextReviewDue: string;
  reviews: readonly ReviewRecord[];
  stats: ReadingStats;
  /** Today as YYYY-MM-DD, from the page's clock: past nextReviewDue, the overdue notice shows. */
  today: string;
  /** The notice's words, from content/site-text.yaml. */
  overdue: { title: string; text: string };
}) {
  const editorial = latestReview(reviews, 'editorial');
  const clinical = latestReview(reviews, 'clinical');
  return (
    <div className="review-meta mt-4 space-y-1 text-base text-muted">
      {isOverdue(nextReviewDue, today) && (
        <OverdueNotice title={overdue.title} text={overdue.text} nextReviewDue={nextReviewDue} />
      )}
      <p data-testid="review-record">
        {editorial && (
          <>
            Checked against its sources on{' '}
            <time dateTime={editorial.date}>{formatDate(editorial.date)}</time> by the {SITE_NAME}{' '}
            editorial team.{' '}
          </>
        )}
        {clinical ? (
          <>
            Reviewed by {clinical.name}, {clinical.credentials}, on{' '}
            <time dateTime={clinical.date}>{formatDate(clinical.date)}</time>.
          </>
        ) : (
          <>Not yet reviewed by a clinician.</>
        )}{' '}
        <Link href="/about#how-we-review" className="underline">
          How we check our pages
        </Link>
      </p>
      <dl className="space-y-1">
        <div>
          <dt className="inline font-semibold">Next review due</dt>{' '}
          <dd className="inline">
            <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>
          </dd>
        </div>
        <div>
          <dt className="inline font-semibold">Reading time</dt>{' '}
          <dd className="inline">
            about {stats.minutes} min · Reading level: about grade{' '}
            {Math.max(1, Math.round(stats.grade))}
          </dd>
        </div>
      </dl>
    </div>
  );
}
