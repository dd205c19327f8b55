import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangeList } from '@/components/changes/change-list';
import { PageChanges } from '@/components/changes/page-changes';
import { siteChanges } from '@/lib/changes/change-lists';
import type { Change } from '@/lib/schemas/changes';
import { reviewedGuide } from '../../fixtures/clinical-review';
import { FIXTURE_CHANGE_LOG } from '../../fixtures/site-text';

const four: Change[] = [
  { date: '2026-01-10', kind: 'new', text: 'First published.' },
  { date: '2026-02-01', kind: 'correction', text: 'A number fixed.' },
  { date: '2026-02-01', kind: 'update', text: 'A section added.' },
  { date: '2026-05-20', kind: 'update', text: 'A link added.' },
];

describe('PageChanges', () => {
  it('shows the latest three changes, newest first, under the content’s heading, with their kind and date', () => {
    render(<PageChanges changes={four} words={FIXTURE_CHANGE_LOG} />);
    const section = screen.getByRole('region', { name: 'Fixture: changes here' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'May 20, 2026 · Updated · A link added.',
      'February 1, 2026 · Updated · A section added.',
      'February 1, 2026 · Fixed · A number fixed.',
    ]);
    expect(within(section).getByText('May 20, 2026')).toHaveAttribute('datetime', '2026-05-20');
    expect(within(section).getByRole('link', { name: 'Fixture: every change' })).toHaveAttribute(
      'href',
      '/changes',
    );
  });

  it('shows a fixture document’s own changes', () => {
    render(<PageChanges changes={reviewedGuide().changes} words={FIXTURE_CHANGE_LOG} />);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(
      'March 15, 2026 · Updated · Fixture: a clinician checked the safety advice.',
    );
  });
});

describe('ChangeList', () => {
  it('lists every change with its date, kind, the page linked and its line, each at its own anchor', () => {
    const changes = siteChanges([
      { title: 'Alpha', path: '/therapies/alpha', changes: four.slice(0, 2) },
      {
        title: 'Beta guide',
        path: '/guides/beta',
        changes: [{ date: '2026-03-01', kind: 'new', text: 'First published.' }],
      },
    ]);
    render(<ChangeList changes={changes} kinds={FIXTURE_CHANGE_LOG.kinds} />);
    const items = within(screen.getByTestId('change-list')).getAllByRole('listitem');
    expect(items.map((item) => [item.id, item.textContent])).toEqual([
      ['guides-beta-1', 'March 1, 2026 · Added · Beta guideFirst published.'],
      ['therapies-alpha-2', 'February 1, 2026 · Fixed · AlphaA number fixed.'],
      ['therapies-alpha-1', 'January 10, 2026 · Added · AlphaFirst published.'],
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Beta guide' })).toHaveAttribute(
      'href',
      '/guides/beta',
    );
  });
});
