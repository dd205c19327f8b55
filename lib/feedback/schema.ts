import { z } from 'zod';

export const COMMENT_MAX_LENGTH = 500;
/** Comments are deleted after this many months (the period /about states; `npm run feedback -- --prune`). */
export const COMMENT_RETENTION_MONTHS = 12;
/** Bodies larger than this are refused unread (the form's fields fit in far less). */
export const BODY_MAX_BYTES = 4096;
/** Field names shared by the form, the endpoint and the tests. */
export const FIELD = {
  page: 'page',
  answer: 'answer',
  comment: 'comment',
  honeypot: 'website',
} as const;

/** The form's two answers, in the order it shows them. */
export const FEEDBACK_ANSWERS = ['yes', 'no'] as const;
export const answerSchema = z.enum(FEEDBACK_ANSWERS);

/** One stored answer: exactly what the database keeps, nothing more. */
export const feedbackRowSchema = z.object({
  id: z.string().uuid(),
  page: z.string().startsWith('/'),
  answer: answerSchema,
  comment: z.string().max(COMMENT_MAX_LENGTH).nullable(),
  /** UTC hour, `YYYY-MM-DDTHH:00Z`: when, to the hour and no finer. */
  created_hour: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:00Z$/),
});
export type FeedbackRow = z.infer<typeof feedbackRowSchema>;

/** What a reader submits, once checked: the row minus what the server adds. */
export type FeedbackEntry = Pick<FeedbackRow, 'page' | 'answer' | 'comment'>;

/** The hour a moment falls in, as stored: nothing finer than the hour is ever kept. */
export const hourOf = (now: Date): string => `${now.toISOString().slice(0, 13)}:00Z`;
