import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConditionComparison } from '@/components/condition-comparison';
import { EvidenceMap } from '@/components/evidence-map';
import { RatingScale } from '@/components/rating-scale';
import { evidenceMap } from '@/lib/conditions';
import { validateContent, type ValidContent } from '@/lib/content-validation';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../fixtures/load-fixture';

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
    render(<EvidenceMap rows={evidenceMap(content.conditions, columns)} therapies={columns} />);
    return screen.getByRole('table', {
      name: 'Evidence map: what research found, by problem and therapy',
    });
  }

  it('is a table with conditions down the side and therapies across, headers scoped', () => {
    const table = renderMap();
    // Plain selectors: role queries over a nine-row table are slow in jsdom on a busy machine.
    const columnHeaders = [...table.querySelectorAll('thead th')];
    expect(columnHeaders.map((header) => header.textContent)).toEqual([
      'Problem',
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
    expect(link).toHaveTextContent('Better than no treatment only');
    expect(link).toHaveAttribute('href', '/conditions/hip-pain#therapy-acupuncture');
    const shape = cell.querySelector('svg');
    expect(shape).toHaveAttribute('data-shape', 'half');
    expect(shape).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('RatingScale', () => {
  it('explains every rating once, with its shape', () => {
    render(<RatingScale headingId="scale" />);
    const terms = screen.getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual([
      'Better than sham',
      'Better than no treatment only',
      'Unclear or mixed',
      'No good studies found',
    ]);
    expect(screen.getByRole('heading', { name: 'How we rate the research' })).toBeInTheDocument();
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
    }));
    const sources = Object.fromEntries(content.sources.map((source) => [source.id, source]));
    render(
      <ConditionComparison
        columns={columns}
        caption="Ankle pain side by side"
        numbering={['vickers-2012', 'gattie-2017', 'medicare-acupuncture']}
        sources={sources}
      />,
    );
    const table = screen.getByRole('table', { name: 'Ankle pain side by side' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.querySelector('span')?.textContent),
    ).toEqual([
      'What research found',
      'What guidelines say',
      'Cost and insurance',
      'How many sessions',
    ]);
    const research = table.querySelector(
      'tr[data-row="research"] td[data-therapy="electroacupuncture"]',
    );
    expect(research).toHaveTextContent(
      'No good studies found We did not find good studies of this therapy for this problem.',
    );
    const sessions = table.querySelector('tr[data-row="sessions"] td[data-therapy="acupuncture"]');
    expect(sessions).toHaveTextContent('Ask your practitioner how many they suggest.');
    const cost = table.querySelector(
      'tr[data-row="coverage"] td[data-therapy="electroacupuncture"]',
    ) as HTMLElement;
    expect(cost).toHaveTextContent('US: Fixture coverage.');
    expect(within(cost).getByRole('link')).toHaveAttribute('href', '#ref-medicare-acupuncture');
  });
});
