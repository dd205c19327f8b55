import type { z } from 'zod';
import type { ReviewerSchema } from '@/lib/schemas/review';
import type { ReadingStats } from '@/lib/readability';
import { formatDate } from '@/lib/site';
import Link from 'next/link';

type Reviewer = z.infer<typeof ReviewerSchema>;

export function reviewerText(reviewer: Reviewer): string {
  return reviewer === 'editorial-team'
    ? 'the Needlewise editorial team'
    : `${reviewer.name}, ${reviewer.credentials}`;
}

/** Who checked the page and when, and how hard it is to read: the signals of care. */
export function ReviewMeta({
  lastReviewed,
  nextReviewDue,
  reviewedBy,
  stats,
}: {
  lastReviewed: string;
  nextReviewDue: string;
  reviewedBy: Reviewer;
  stats: ReadingStats;
}) {
  return (
    <dl className="review-meta mt-4 space-y-1 text-base text-muted">
      <div>
        <dt className="inline font-semibold">Last reviewed</dt>{' '}
        <dd className="inline">
          <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        </dd>
      </div>
      <div>
        <dt className="inline font-semibold">Next review due</dt>{' '}
        <dd className="inline">
          <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>
        </dd>
      </div>
      <div>
        <dt className="inline font-semibold">Reviewed by</dt>{' '}
        <dd className="inline">
          {reviewerText(reviewedBy)} (
          <Link href="/about" className="underline">
            how we review
          </Link>
          )
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
  );
}
