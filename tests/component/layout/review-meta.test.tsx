import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReviewMeta } from '@/components/layout/review-meta';
import type { ReviewRecord } from '@/lib/schemas/review';

const stats = { grade: 6.2, words: 900, minutes: 4 };
const overdue = { title: 'This page is overdue for review', text: 'Fixture overdue words.' };
const editorialOnly: ReviewRecord[] = [{ kind: 'editorial', date: '2026-11-29' }];

function renderMeta(today: string, reviews: ReviewRecord[] = editorialOnly) {
  return render(
    <ReviewMeta
      nextReviewDue="2027-11-29"
      reviews={reviews}
      stats={stats}
      today={today}
      overdue={overdue}
    />,
  );
}

describe('ReviewMeta', () => {
  it('says plainly that an editorial check is not a clinical review', () => {
    renderMeta('2026-12-01');
    expect(screen.getByTestId('review-record')).toHaveTextContent(
      'Checked against its sources on November 29, 2026 by the Needlewise editorial team. Not yet reviewed by a clinician.',
    );
    expect(screen.queryByText(/Reviewed by/)).not.toBeInTheDocument();
  });

  it('names the clinician, their credentials and the date once a clinical review exists', () => {
    renderMeta('2026-12-01', [
      ...editorialOnly,
      { kind: 'clinical', date: '2026-11-20', name: 'Ana Diaz', credentials: 'PT, DPT' },
    ]);
    expect(screen.getByTestId('review-record')).toHaveTextContent(
      'Reviewed by Ana Diaz, PT, DPT, on November 20, 2026.',
    );
    expect(screen.queryByText(/Not yet reviewed by a clinician/)).not.toBeInTheDocument();
  });

  it('shows no overdue notice up to and on the review date', () => {
    renderMeta('2027-11-29');
    expect(screen.queryByTestId('overdue-notice')).not.toBeInTheDocument();
  });

  it('shows the content’s overdue notice, with the date, the day after', () => {
    renderMeta('2027-11-30');
    const notice = screen.getByTestId('overdue-notice');
    expect(notice).toHaveTextContent('This page is overdue for review');
    expect(notice).toHaveTextContent('Fixture overdue words. Review due: November 29, 2027.');
  });
});
