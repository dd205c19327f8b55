import { screen, within } from '@testing-library/react';
import { render } from '../render-with-words';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import { ConditionComparison } from '@/components/conditions/condition-comparison';
import { EvidenceMap } from '@/components/conditions/evidence-map';
import { RatingScale } from '@/components/evidence/rating-scale';
import { entryOrGap, evidenceMap } from '@/lib/conditions/condition-uses';
import { validateContent, type ValidContent } from '@/lib/content/validate-content';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../../fixtures/load-fixture';
import { FIXTURE_PAGES_TEXT } from '../../fixtures/pages-text';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';
import type { RatingLevel } from '@/lib/schemas/evidence-rating';
import { conditionRows } from '@/lib/conditions/condition-rows';

const MAP_WORDS = { caption: 'Fixture evidence map', problem: 'Fixture problem' };

/** Fixture meanings of each rating, as the route would load them from the evidence rule. */
const MEANINGS: Record<RatingLevel, string> = {
  'better-than-sham': 'Fixture meaning: better than sham.',
  'better-than-none': 'Fixture meaning: better than none.',
  unclear: 'Fixture meaning: unclear.',
  'no-good-studies': 'Fixture meaning: no good studies.',
  'not-reviewed': 'Fixture meaning: not reviewed.',
};

const TABLE_WORDS = {
  rows: conditionRows(FIXTURE_PAGES_TEXT.conditions.rows, FIXTURE_LABELS_TEXT.aspects.cost),
  places: FIXTURE_LABELS_TEXT.places,
  stances: FIXTURE_LABELS_TEXT.stances,
  noGuideline: 'Fixture: no guideline.',
  noCoverage: 'Fixture: no coverage.',
  noSessions: 'Fixture: no number of sessions.',
};

let content: ValidContent;

beforeAll(() => {
  const result = validateContent(nineConditionContent(true), { today: FIXTURE_TODAY });
  if (!result.ok) throw new Error('fixture content is invalid');
  content = result.content;
});

/** A fixture condition by slug; a missing one is a broken fixture, not a test outcome. */
function fixtureCondition(slug: string) {
  const condition = content.conditions.find((candidate) => candidate.slug === slug);
  if (!condition) throw new Error(`no fixture condition ${slug}`);
  return condition;
}

describe('EvidenceMap', () => {
  function renderMap() {
    const columns = fixtureColumns(content);
    render(
      <EvidenceMap
        rule={evidenceRuleText()}
        rows={evidenceMap(content.conditions, columns)}
        therapies={columns}
        words={MAP_WORDS}
      />,
    );
    return screen.getByRole('table', { name: 'Fixture evidence map' });
  }

  it('is a table with conditions down the side and therapies across, headers scoped', () => {
    const table = renderMap();
    // Plain selectors: role queries over a nine-row table are slow in jsdom on a busy machine.
    const columnHeaders = [...table.querySelectorAll('thead th')];
    expect(columnHeaders.map((header) => header.textContent)).toEqual([
      'Fixture problem',
      'Acupuncture',
      'Dry needling',
      'Electroacupuncture',
    ]);
    for (const header of columnHeaders) expect(header).toHaveAttribute('scope', 'col');
    const rowHeaders = [...table.querySelectorAll('tbody th')];
    expect(rowHeaders).toHaveLength(9);
    expect(rowHeaders.at(-1)).toHaveTextContent('Hip pain');
    expect(rowHeaders.at(-1)).toHaveAttribute('scope', 'row');
  });

  it('shows each rating as a shape and a word, linking to its section of the condition page', () => {
    const table = renderMap();
    const cell = table.querySelector(
      'tr[data-condition="hip-pain"] td[data-therapy="acupuncture"]',
    ) as HTMLElement;
    const link = within(cell).getByRole('link');
    // The fixture's finding: better than usual care, small, short-term, low certainty.
    expect(link).toHaveTextContent(
      'Better than no treatment or usual care (not shown against sham): small, short-term, low certainty',
    );
    expect(link).toHaveAttribute('href', '/conditions/hip-pain#therapy-acupuncture');
    const shape = cell.querySelector('svg');
    expect(shape).toHaveAttribute('data-shape', 'half');
    expect(shape).toHaveAttribute('aria-hidden', 'true');
  });

  it('marks a therapy with no evidence recorded as not reviewed, apart from "no good studies"', () => {
    const columns = fixtureColumns(content);
    const hip = fixtureCondition('hip-pain');
    const { electroacupuncture: _left, ...rest } = hip.therapies;
    void _left;
    const rows = evidenceMap(
      [{ ...hip, therapies: rest }, fixtureCondition('ankle-pain')],
      columns,
    );
    render(
      <EvidenceMap rule={evidenceRuleText()} rows={rows} therapies={columns} words={MAP_WORDS} />,
    );
    const gap = document.querySelector(
      'tr[data-condition="hip-pain"] td[data-therapy="electroacupuncture"]',
    ) as HTMLElement;
    expect(gap).toHaveTextContent('Not reviewed yet');
    expect(gap.querySelector('svg')).toHaveAttribute('data-shape', 'square');
    const none = document.querySelector(
      'tr[data-condition="ankle-pain"] td[data-therapy="electroacupuncture"]',
    ) as HTMLElement;
    expect(none).toHaveTextContent('No good studies found');
    expect(none.querySelector('svg')).toHaveAttribute('data-shape', 'empty');
  });
});

describe('RatingScale', () => {
  it('explains every rating once, with its shape, and states the rule', () => {
    render(<RatingScale headingId="scale" text={evidenceRuleText()} />);
    const terms = screen.getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual([
      'Better than sham',
      'Better than no treatment or usual care (not shown against sham)',
      'Unclear or mixed',
      'No good studies found',
      'Not reviewed yet',
    ]);
    expect(terms.map((term) => term.querySelector('svg')?.getAttribute('data-shape'))).toEqual([
      'filled',
      'half',
      'diamond',
      'empty',
      'square',
    ]);
    expect(screen.getByRole('heading', { name: 'How we rate the research' })).toBeInTheDocument();
    const rule = screen.getByTestId('rating-rule');
    expect(rule).toHaveTextContent(
      'Findings the reviewers rated very low certainty do not count toward a better rating.',
    );
    expect(rule).toHaveTextContent(
      'Such a finding cannot tell us about sham alone, so it does not raise the rating.',
    );
  });
});

describe('ConditionComparison', () => {
  it('puts every therapy side by side, with an honest word where a source gives nothing', () => {
    const condition = fixtureCondition('ankle-pain');
    const columns = fixtureColumns(content).map((column) => ({
      slug: column.slug,
      name: column.name,
      url: column.url,
      entry: condition.therapies[column.slug]!,
      meaning: MEANINGS[condition.therapies[column.slug]!.rating.level],
    }));
    const sources = Object.fromEntries(content.sources.map((source) => [source.id, source]));
    render(
      <ConditionComparison
        rule={evidenceRuleText()}
        columns={columns}
        caption="Ankle pain side by side"
        numbering={['vickers-2012', 'gattie-2017', 'medicare-acupuncture']}
        sources={sources}
        words={TABLE_WORDS}
      />,
    );
    const table = screen.getByRole('table', { name: 'Ankle pain side by side' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.querySelector('span')?.textContent),
    ).toEqual([
      FIXTURE_PAGES_TEXT.conditions.rows.research.label,
      FIXTURE_PAGES_TEXT.conditions.rows.guidelines.label,
      'Fixture cost',
      FIXTURE_PAGES_TEXT.conditions.rows.sessions.label,
    ]);
    const research = table.querySelector(
      'tr[data-row="research"] td[data-therapy="electroacupuncture"]',
    );
    expect(research).toHaveTextContent('No good studies found Fixture meaning: no good studies.');
    const guidelines = table.querySelector(
      'tr[data-row="guidelines"] td[data-therapy="acupuncture"]',
    );
    expect(guidelines).toHaveTextContent('Fixture: no guideline.');
    const sessions = table.querySelector('tr[data-row="sessions"] td[data-therapy="acupuncture"]');
    expect(sessions).toHaveTextContent('Fixture: no number of sessions.');
    const cost = table.querySelector(
      'tr[data-row="coverage"] td[data-therapy="electroacupuncture"]',
    ) as HTMLElement;
    expect(cost).toHaveTextContent('Fixture US: Fixture coverage.');
    // Without JavaScript the number leads to the quote on the source's own page.
    expect(within(cost).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/medicare-acupuncture#[a-z0-9-]+$/),
    );
  });
});

describe('ConditionComparison guidelines', () => {
  it('says where each guideline applies and what it says, in the words it is given', () => {
    const condition = fixtureCondition('ankle-pain');
    const columns = fixtureColumns(content).map((column) => {
      const entry = condition.therapies[column.slug]!;
      return {
        slug: column.slug,
        name: column.name,
        url: column.url,
        entry:
          column.slug === 'acupuncture'
            ? {
                ...entry,
                guidelines: [
                  {
                    body: 'Fixture body',
                    where: 'england' as const,
                    stance: 'may-consider' as const,
                    text: 'Fixture guideline words.',
                    sources: [],
                  },
                ],
              }
            : entry,
        meaning: MEANINGS[entry.rating.level],
      };
    });
    render(
      <ConditionComparison
        rule={evidenceRuleText()}
        columns={columns}
        caption="Ankle pain guidelines"
        numbering={[]}
        sources={{}}
        words={TABLE_WORDS}
      />,
    );
    const table = screen.getByRole('table', { name: 'Ankle pain guidelines' });
    expect(
      table.querySelector('tr[data-row="guidelines"] td[data-therapy="acupuncture"]'),
    ).toHaveTextContent(
      'Fixture body (Fixture England): Fixture may consider. Fixture guideline words.',
    );
  });
});

describe('ConditionComparison with a therapy not reviewed yet', () => {
  it('gives it a column that says so, not a gap', () => {
    const hip = fixtureCondition('hip-pain');
    const { electroacupuncture: _left, ...rest } = hip.therapies;
    void _left;
    const condition = { ...hip, therapies: rest };
    const columns = fixtureColumns(content).map((column) => ({
      slug: column.slug,
      name: column.name,
      url: column.url,
      entry: entryOrGap(condition, column.slug),
      meaning: MEANINGS[entryOrGap(condition, column.slug).rating.level],
    }));
    render(
      <ConditionComparison
        rule={evidenceRuleText()}
        columns={columns}
        caption="Hip pain side by side"
        numbering={['vickers-2012', 'gattie-2017', 'nccih-bulletin', 'medicare-acupuncture']}
        sources={Object.fromEntries(content.sources.map((source) => [source.id, source]))}
        words={TABLE_WORDS}
      />,
    );
    const table = screen.getByRole('table', { name: 'Hip pain side by side' });
    expect(
      table.querySelector('tr[data-row="research"] td[data-therapy="electroacupuncture"]'),
    ).toHaveTextContent('Not reviewed yet Fixture meaning: not reviewed.');
  });
});
