import { screen, within } from '@testing-library/react';
import { render } from '../render-with-words';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import { ComparisonTable } from '@/components/compare/comparison-table';
import { ASPECT_KEYS, CORE_ASPECT_KEYS } from '@/lib/schemas/profile-aspects';
import type { ComparisonColumn } from '@/lib/compare/comparison-rows';
import { validateContent } from '@/lib/content/validate-content';
import type { SourceIndex } from '@/lib/schemas/source';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../../fixtures/load-fixture';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';

let columns: ComparisonColumn[];
let sources: SourceIndex;

beforeAll(() => {
  const result = validateContent(nineConditionContent(false), { today: FIXTURE_TODAY });
  if (!result.ok) throw new Error('fixture content is invalid');
  columns = fixtureColumns(result.content);
  sources = Object.fromEntries(result.content.sources.map((source) => [source.id, source]));
});

const RATINGS_LINK = 'Fixture: see how each problem is rated';

function renderTable({
  glance = false,
  ...props
}: Partial<Omit<Parameters<typeof ComparisonTable>[0], 'variant'>> & { glance?: boolean } = {}) {
  const shared = {
    columns,
    aspects: ASPECT_KEYS,
    caption: 'Three therapies compared',
    sources,
    rule: evidenceRuleText(),
    labels: FIXTURE_LABELS_TEXT,
    ...props,
  };
  render(
    glance ? (
      <ComparisonTable {...shared} variant="glance" ratingsLink={RATINGS_LINK} />
    ) : (
      <ComparisonTable {...shared} />
    ),
  );
  return screen.getByRole('table', { name: 'Three therapies compared' });
}

describe('ComparisonTable with three therapies', () => {
  it('is a real table named by its caption', () => {
    const table = renderTable();
    expect(table.tagName).toBe('TABLE');
    expect(table.querySelector('caption')).toHaveTextContent('Three therapies compared');
  });

  it('has one column header per therapy, scoped to its column and linking to its page', () => {
    const table = renderTable();
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Acupuncture',
      'Dry needling',
      'Electroacupuncture',
    ]);
    for (const header of headers) expect(header).toHaveAttribute('scope', 'col');
    expect(within(headers[2] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/therapies/electroacupuncture',
    );
  });

  it('has one row header per aspect, scoped to its row, in the defined order, with its plain explanation', () => {
    const table = renderTable();
    const headers = within(table).getAllByRole('rowheader');
    expect(headers.map((header) => header.querySelector('.font-semibold')?.textContent)).toEqual([
      'Fixture origin',
      'Fixture focus',
      'Fixture practitioners',
      'Fixture uses',
      'Fixture technique',
      'Fixture session',
      'Fixture side effects',
      'Fixture serious risks',
      'Fixture cautions',
      'Fixture training',
      'Fixture evidence',
      'Fixture cost',
    ]);
    for (const header of headers) expect(header).toHaveAttribute('scope', 'row');
    expect(headers[0]).toHaveTextContent('Fixture origin help.');
    expect(headers[11]).toHaveTextContent('Fixture cost help.');
  });

  it('gives every cell its text and at least one numbered citation to a quote on /sources', () => {
    const table = renderTable();
    const cells = table.querySelectorAll('td.comparison-cell');
    expect(cells).toHaveLength(ASPECT_KEYS.length * 3);
    for (const cell of cells) {
      // A DOM query, not a role query: role queries over 33 cells are too slow for jsdom.
      const links = [...cell.querySelectorAll('sup.source-cite a')];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        // The page's citation controller has made it a disclosure of its quote.
        expect(link.getAttribute('aria-expanded')).toBe('false');
        expect(link.getAttribute('href')).toMatch(/^\/sources\/[a-z0-9-]+#[a-z0-9-]+$/);
        expect(link.textContent).toMatch(/^\[\d+\]$/);
      }
    }
  });

  it('numbers a source the same wherever it is cited, and describes it by its printed entry', () => {
    const table = renderTable();
    const links = [
      ...table.querySelectorAll<HTMLElement>(
        'sup.source-cite a[href^="/sources/nccih-acupuncture#"]',
      ),
    ];
    expect(links.length).toBeGreaterThan(1);
    expect(new Set(links.map((link) => link.textContent))).toEqual(new Set(['[1]']));
    for (const link of links) {
      expect(link).toHaveAccessibleDescription(
        /^Fixture source nccih-acupuncture, Fixture publisher\./,
      );
    }
  });

  it('labels every value with its therapy name for the narrow layout', () => {
    const table = renderTable();
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(ASPECT_KEYS.length);
    for (const row of rows) {
      const labels = [...row.querySelectorAll('td .comparison-label')].map(
        (label) => label.textContent,
      );
      expect(labels).toEqual(['Acupuncture: ', 'Dry needling: ', 'Electroacupuncture: ']);
    }
  });

  it('lists every condition as a use, with its rating as shape and word, linking to the condition page', () => {
    const table = renderTable();
    const cell = table.querySelector(
      'tr[data-aspect="conditions"] td[data-therapy="electroacupuncture"]',
    ) as HTMLElement;
    // The uses list comes first; "What the sources say" lists its quotes after it.
    const items = within(cell.querySelector('ul') as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(items[0]).toHaveTextContent(
      'Ankle pain. No good studies found. We looked, and did not find good studies of this therapy for this problem.',
    );
    expect(items[0]?.querySelector('svg[data-shape="empty"]')).not.toBeNull();
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/conditions/ankle-pain#therapy-electroacupuncture',
    );
    // The rating states size and certainty, not only the level.
    expect(items[1]).toHaveTextContent(
      'Back ache. Unclear or mixed: size not reported, certainty not stated. Fixture: third find.',
    );
    expect(
      within(items[1] as HTMLElement)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/conditions/back-ache#therapy-electroacupuncture',
      '/sources/nccih-bulletin#conditions',
    ]);
  });

  it('prints every cited source with its full address under the table', () => {
    const table = renderTable();
    const printed = table.parentElement?.querySelector('.printed-sources') as HTMLElement;
    expect(printed).toHaveClass('hidden', 'print:block');
    const items = within(printed).getAllByRole('listitem');
    const cited = new Set(
      [...table.querySelectorAll('sup.source-cite a')].map(
        (link) => link.getAttribute('href')?.split('#')[0],
      ),
    );
    expect(items).toHaveLength(cited.size);
    expect(items[0]).toHaveTextContent('https://example.org/nccih-acupuncture');
  });

  it('at a glance shows only the asked-for aspects, one line each, still cited', () => {
    const table = renderTable({ aspects: CORE_ASPECT_KEYS, glance: true });
    const headers = within(table).getAllByRole('rowheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Fixture origin',
      'Fixture focus',
      'Fixture practitioners',
      'Fixture uses',
      'Fixture technique',
    ]);
    expect(within(table).queryAllByRole('listitem')).toEqual([]);
    // The rated uses are not listed: the cell points to the ratings, cited on each condition page.
    const conditions = table.querySelector(
      'tr[data-aspect="conditions"] td[data-therapy="electroacupuncture"]',
    ) as HTMLElement;
    expect(conditions).toHaveTextContent(`Fixture: 8 problems found. ${RATINGS_LINK}`);
    expect(
      within(conditions)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/conditions']);
    const origin = table.querySelector(
      'tr[data-aspect="origin"] td[data-therapy="electroacupuncture"]',
    ) as HTMLElement;
    expect(within(origin).getByRole('link')).toHaveAttribute(
      'href',
      '/sources/nccih-acupuncture#fixture',
    );
  });
  it('shows "What the sources say" in every full cell, folded until asked for', () => {
    const table = renderTable();
    const cell = table.querySelector(
      'tr[data-aspect="origin"] td[data-therapy="electroacupuncture"]',
    ) as HTMLElement;
    const details = cell.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')).toHaveTextContent(
      'Fixture: what the sources say: Electroacupuncture, fixture origin',
    );
    // The page names the source and links to the quote; the words load when the fold opens.
    const quote = within(details).getByRole('listitem');
    expect(quote).toHaveTextContent(/^— Fixture publisher$/);
    expect(within(quote).getByRole('link')).toHaveAttribute(
      'href',
      '/sources/nccih-acupuncture#fixture',
    );
    expect(table.querySelectorAll('details.sources-say')).toHaveLength(ASPECT_KEYS.length * 3);
  });

  it('leaves "What the sources say" out of the at-a-glance table', () => {
    const table = renderTable({ aspects: CORE_ASPECT_KEYS, glance: true });
    expect(table.querySelectorAll('details')).toHaveLength(0);
  });

  it('renders any chosen pair of columns', () => {
    const table = renderTable({
      columns: [columns[2], columns[0]].filter((column) => column !== undefined),
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Electroacupuncture', 'Acupuncture']);
  });
});
