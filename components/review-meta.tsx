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
    <dl className="review-meta mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base text-muted">
      <dt className="font-semibold">Last reviewed</dt>
      <dd>
        <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </dd>
      <dt className="font-semibold">Next review due</dt>
      <dd>
        <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>
      </dd>
      <dt className="font-semibold">Reviewed by</dt>
      <dd>
        {reviewerText(reviewedBy)} (<Link href="/about" className="underline">how we review</Link>)
      </dd>
      <dt className="font-semibold">Reading</dt>
      <dd>
        about {stats.minutes} min · reading level: about grade {Math.max(1, Math.round(stats.grade))}
      </dd>
    </dl>
  );
}
