import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WarningSignCards } from '@/components/conditions/warning-sign-cards';
import { fixtureWarningSigns } from '../../fixtures/warning-signs';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';

const LABELS = { 'source-a': 'Source A (Publisher)' };

function renderSets(ids: string[]) {
  const library = fixtureWarningSigns();
  render(
    <WarningSignCards
      sets={library.sets.filter((set) => ids.includes(set.id))}
      urgency={library.urgency}
      labels={LABELS}
      sourcesLead="Fixture sources:"
      levelWords={FIXTURE_LABELS_TEXT.careLevels}
      headingLevel={3}
    />,
  );
}

describe('WarningSignCards', () => {
  it('heads each set with its urgency’s one action, then what it is about, its signs and its source', () => {
    renderSets(['lung']);
    const card = screen.getByRole('region', {
      name: 'Fixture emergency: Call 911 (US), 999 (UK), 112 (EU) or your local emergency number now: Fixture lung set',
    });
    expect(
      within(card).getByRole('heading', {
        level: 3,
        name: 'Fixture emergency: Call 911 (US), 999 (UK), 112 (EU) or your local emergency number now',
      }),
    ).toBeInTheDocument();
    expect(card).toHaveAttribute('data-care-level', 'emergency');
    expect(card).toHaveTextContent('Fixture reason: these can be signs of a lung problem.');
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Chest pain', 'Sudden shortness of breath']);
    expect(card).toHaveTextContent('Fixture: do not wait.');
    // One link per source, to the first quote the card rests on.
    expect(within(card).getByRole('link', { name: 'Source A (Publisher)' })).toHaveAttribute(
      'href',
      '/sources/source-a#lung',
    );
  });

  it('keeps the emergency card distinct; the others are urgent cards headed by when to act', () => {
    renderSets(['lung', 'doctor', 'skin']);
    const levels = screen
      .getAllByRole('region')
      .map((region) => [
        region.getAttribute('data-care-level'),
        within(region).getByRole('heading').textContent,
      ]);
    expect(levels).toEqual([
      [
        'emergency',
        'Fixture emergency: Call 911 (US), 999 (UK), 112 (EU) or your local emergency number now',
      ],
      ['urgent', 'Fixture urgent: See your doctor first, before any needling'],
      ['urgent', 'Fixture urgent: See a doctor or urgent care today'],
    ]);
  });
});
