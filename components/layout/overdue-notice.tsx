import { formatDate } from '@/lib/site/site-config';

/** Shown on a page past its review date: the server keeps serving it, and says so plainly. */
export function OverdueNotice({
  title,
  text,
  reviewDue,
  nextReviewDue,
}: {
  title: string;
  text: string;
  /** "Review due:" before the date. */
  reviewDue: string;
  nextReviewDue: string;
}) {
  return (
    <div
      role="note"
      data-testid="overdue-notice"
      className="my-4 rounded-md border-2 border-urgent-line bg-urgent-bg p-4 text-ink"
    >
      <p className="m-0 text-lg font-bold">{title}</p>
      <p className="mt-1">
        {text} {reviewDue} <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>.
      </p>
    </div>
  );
}
