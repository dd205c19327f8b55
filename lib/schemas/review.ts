import { z } from 'zod';
import { IsoDateSchema, NonEmptyText } from './common';

export const MAX_REVIEW_YEARS = 3;

export const ReviewerSchema = z.union([
  z.literal('editorial-team'),
  z.strictObject({ name: NonEmptyText, credentials: NonEmptyText }),
]);

/** A document may raise its own reading-grade ceiling, but only with a written reason. */
export const ReadingLevelSchema = z.strictObject({
  maxGrade: z.number().min(1).max(16),
  reason: z.string().trim().min(20, 'must explain in a sentence why this page needs harder words'),
});

function addYears(iso: string, years: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

export interface ReviewContext {
  /** Today, as YYYY-MM-DD. Injected so tests use a fixed clock. */
  today: string;
}

/** Fields every patient-facing document carries, with the rules that tie them together. */
export const reviewFields = {
  lastReviewed: IsoDateSchema,
  nextReviewDue: IsoDateSchema,
  reviewedBy: ReviewerSchema,
  readingLevel: ReadingLevelSchema.optional(),
};

type ReviewShape = { lastReviewed: string; nextReviewDue: string };

export function checkReviewDates(doc: ReviewShape, ctx: z.RefinementCtx, review: ReviewContext) {
  if (doc.lastReviewed > review.today) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastReviewed'],
      message: `is in the future (${doc.lastReviewed}); use the date the review happened`,
    });
  }
  if (doc.nextReviewDue <= doc.lastReviewed) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `must be after lastReviewed (${doc.lastReviewed})`,
    });
  }
  const latest = addYears(doc.lastReviewed, MAX_REVIEW_YEARS);
  if (doc.nextReviewDue > latest) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `must be at most ${MAX_REVIEW_YEARS} years after lastReviewed (by ${latest})`,
    });
  }
  if (doc.nextReviewDue < review.today) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `has passed (${doc.nextReviewDue}): review the page, then update lastReviewed and nextReviewDue`,
    });
  }
}
