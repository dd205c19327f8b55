import { z } from 'zod';
import { ChangesSchema, checkChangeDates, type Change } from './changes';
import { IsoDateSchema } from './common';

export const MAX_REVIEW_YEARS = 3;

/** The editorial team read the page against the quotes of its sources. Not a clinical review. */
export const EditorialCheckSchema = z.strictObject({
  kind: z.literal('editorial'),
  date: IsoDateSchema,
});

/** One field of a clinical review: the record is accepted only with every field filled in. */
function reviewField(field: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is missing: a clinical review needs ${field}, like ${example}`
          : `must be text: ${field}, like ${example}`,
    })
    .trim()
    .min(1, `must not be empty: a clinical review needs ${field}, like ${example}`);
}

/**
 * A named clinician read the page for clinical accuracy. Every field is required, so the page
 * never claims a review without saying who did it, with what qualifications, when and what they
 * checked.
 */
export const ClinicalReviewSchema = z.strictObject({
  kind: z.literal('clinical'),
  date: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing: a clinical review needs the date it happened, like "2026-11-29"'
          : 'must be a date written as YYYY-MM-DD',
    })
    .pipe(IsoDateSchema),
  name: reviewField("the clinician's full name", '"Ana Diaz"'),
  credentials: reviewField('their qualifications', '"PT, DPT"'),
  scope: reviewField(
    'what they checked',
    '"the safety advice and the warning signs against current practice"',
  ),
});

export const ReviewRecordSchema = z.discriminatedUnion('kind', [
  EditorialCheckSchema,
  ClinicalReviewSchema,
]);

/** Every check a page has had, so a reader (and search engines) learn what kind of check it was. */
export const ReviewsSchema = z
  .array(ReviewRecordSchema, {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: list each check, like [{ kind: editorial, date: "2026-11-29" }]'
        : undefined,
  })
  .min(1, 'must list at least one check, like [{ kind: editorial, date: "2026-11-29" }]');

export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
export type ClinicalReview = z.infer<typeof ClinicalReviewSchema>;

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
  /**
   * Today, as YYYY-MM-DD, for the rules that depend on the calendar (a review in the future, a
   * review overdue). The build passes it; the running server leaves it out, so a date passing can
   * never take the site down (the page shows an overdue notice instead).
   */
  today?: string;
}

/** Fields every patient-facing document carries, with the rules that tie them together. */
export const reviewFields = {
  lastReviewed: IsoDateSchema,
  nextReviewDue: IsoDateSchema,
  reviews: ReviewsSchema,
  /** What changed on the page and when, shown on the page, on /changes and in the feed. */
  changes: ChangesSchema,
  readingLevel: ReadingLevelSchema.optional(),
};

type ReviewShape = {
  lastReviewed: string;
  nextReviewDue: string;
  reviews: readonly ReviewRecord[];
  changes: readonly Change[];
};

/** The latest check of one kind, or undefined when the page has had none. */
export function latestReview<K extends ReviewRecord['kind']>(
  reviews: readonly ReviewRecord[],
  kind: K,
): Extract<ReviewRecord, { kind: K }> | undefined {
  return reviews
    .filter((review): review is Extract<ReviewRecord, { kind: K }> => review.kind === kind)
    .reduce<Extract<ReviewRecord, { kind: K }> | undefined>(
      (latest, review) => (!latest || review.date > latest.date ? review : latest),
      undefined,
    );
}

/** True once the page's next review date has passed. */
export const isOverdue = (nextReviewDue: string, today: string) => nextReviewDue < today;

export function checkReviewDates(doc: ReviewShape, ctx: z.RefinementCtx, review: ReviewContext) {
  const latest = doc.reviews.reduce((max, check) => (check.date > max ? check.date : max), '');
  if (latest !== doc.lastReviewed) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastReviewed'],
      message: `must be the date of the latest check in reviews (${latest}): update one so they match`,
    });
  }
  if (doc.nextReviewDue <= doc.lastReviewed) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `must be after lastReviewed (${doc.lastReviewed})`,
    });
  }
  const furthest = addYears(doc.lastReviewed, MAX_REVIEW_YEARS);
  if (doc.nextReviewDue > furthest) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `must be at most ${MAX_REVIEW_YEARS} years after lastReviewed (by ${furthest})`,
    });
  }
  const { today } = review;
  checkChangeDates(doc.changes, ctx, today);
  if (today === undefined) return;
  doc.reviews.forEach((check, index) => {
    if (check.date > today) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviews', index, 'date'],
        message: `is in the future (${check.date}); use the date the check happened`,
      });
    }
  });
  if (isOverdue(doc.nextReviewDue, today)) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `has passed (${doc.nextReviewDue}): check the page against its sources, then add the check to reviews and update lastReviewed and nextReviewDue`,
    });
  }
}
