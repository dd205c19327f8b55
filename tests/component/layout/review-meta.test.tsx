import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReviewMeta } from '@/components/layout/review-meta';
import type { ReviewRecord } from '@/lib/schemas/review';
import { reviewedGuide } from '../../fixtures/clinical-review';
import { FIXTURE_REVIEW_META } from '../../fixtures/site-text';

const stats = { grade: 6.2, words: 900, minutes: 4 };
const overdue = {
  title: 'This page is overdue for review',
  text: 'Fixture overdue words.',
  reviewDue: 'Fixture review due:',
};
const editorialOnly: ReviewRecord[] = [{ kind: 'editorial', date: '2026-11-29' }];

function renderMeta(today: string, reviews: readonly ReviewRecord[] = editorialOnly) {
  return render(
    <ReviewMeta
      nextReviewDue="2027-11-29"
      reviews={reviews}
      stats={stats}
      today={today}
      overdue={overdue}
      words={FIXTURE_REVIEW_META}
    />,
  );
}

describe('ReviewMeta', () => {
  it('says plainly, in the content’s words, that an editorial check is not a clinical review', () => {
    renderMeta('2026-12-01');
    expect(screen.getByTestId('review-record')).toHaveTextContent(
      'Fixture: checked on November 29, 2026 by the editors. Fixture: no clinician yet. Fixture: how we check',
    );
    expect(screen.queryByTestId('clinical-review')).not.toBeInTheDocument();
    expect(screen.getByText('November 29, 2026').closest('time')).toHaveAttribute(
      'datetime',
      '2026-11-29',
    );
  });

  it('shows the fixture document’s clinical review: who, their credentials, when and what they checked', () => {
    renderMeta('2026-06-01', reviewedGuide().reviews);
    expect(screen.getByTestId('clinical-review')).toHaveTextContent(
      'Fixture: reviewed by Fixture Clinician (PT, DPT (fixture)) on March 15, 2026. Fixture scope: the fixture safety advice and warning signs',
    );
    expect(screen.getByTestId('review-record')).toHaveTextContent(
      'Fixture: checked on January 10, 2026 by the editors.',
    );
    expect(screen.queryByText(/no clinician yet/)).not.toBeInTheDocument();
  });

  it('labels the next review date and the reading time with the content’s words', () => {
    renderMeta('2026-12-01');
    expect(screen.getByText('Fixture: next check').nextElementSibling).toHaveTextContent(
      'November 29, 2027',
    );
    expect(screen.getByText('Fixture: reading time').nextElementSibling).toHaveTextContent(
      'Fixture: 4 min, grade 6',
    );
  });

  it('shows no overdue notice up to and on the review date', () => {
    renderMeta('2027-11-29');
    expect(screen.queryByTestId('overdue-notice')).not.toBeInTheDocument();
  });

  it('shows the content’s overdue notice, with the date, the day after', () => {
    renderMeta('2027-11-30');
    const notice = screen.getByTestId('overdue-notice');
    expect(notice).toHaveTextContent('This page is overdue for review');
    expect(notice).toHaveTextContent(
      'Fixture overdue words. Fixture review due: November 29, 2027.',
    );
  });
});
