import { beforeAll, describe, expect, it } from 'vitest';
import { ASPECT_KEYS } from '@/lib/schemas/profile-aspects';
import { parseTherapySelection } from '@/lib/compare/therapy-selection';
import {
  cellSources,
  citationCounts,
  comparisonRows,
  namesInSentence,
  pickColumns,
  tableCitations,
  type ComparisonColumn,
} from '@/lib/compare/comparison-rows';
import { validateContent, type ValidContent } from '@/lib/content/validate-content';
import { routesFor } from '@/lib/content/sitemap-routes';
import { FIXTURE_TODAY, fixtureColumns, nineConditionContent } from '../../fixtures/load-fixture';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';

let content: ValidContent;
let columns: ComparisonColumn[];

beforeAll(() => {
  const result = validateContent(nineConditionContent(false), { today: FIXTURE_TODAY });
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
  content = result.content;
  // The same mapping lib/content/comparison-columns.ts makes from the site's own content.
  columns = fixtureColumns(content);
});

describe('a third therapy is one file', () => {
  it('validates all three fixture files', () => {
    expect(content.therapies.map((therapy) => therapy.file)).toEqual([
      'content/therapies/acupuncture.mdx',
      'content/therapies/dry-needling.mdx',
      'content/therapies/electroacupuncture.mdx',
    ]);
  });

  it('gives every therapy a column in every aspect row, in the defined aspect order', () => {
    const rows = comparisonRows(columns, ASPECT_KEYS, FIXTURE_LABELS_TEXT);
    expect(rows.map((row) => row.key)).toEqual(ASPECT_KEYS);
    for (const row of rows) {
      expect(row.cells.map((cell) => cell.column.name)).toEqual([
        'Acupuncture',
        'Dry needling',
        'Electroacupuncture',
      ]);
      for (const cell of row.cells)
        expect(cellSources(cell).length, `${row.key} ${cell.column.slug}`).toBeGreaterThan(0);
    }
  });

  it('keeps rows in aspect order whatever order they are asked for', () => {
    const rows = comparisonRows(columns, ['technique', 'origin'], FIXTURE_LABELS_TEXT);
    expect(rows.map((row) => row.key)).toEqual(['origin', 'technique']);
  });

  it('names each row and explains it in the words it is given, not words of its own', () => {
    const rows = comparisonRows(columns, ['origin', 'cost'], FIXTURE_LABELS_TEXT);
    expect(rows.map(({ label, help }) => ({ label, help }))).toEqual([
      { label: 'Fixture origin', help: 'Fixture origin help.' },
      { label: 'Fixture cost', help: 'Fixture cost help.' },
    ]);
  });

  it('builds each therapy\u2019s uses from the condition files, with rating, link and citations', () => {
    const [conditions] = comparisonRows(columns, ['conditions'], FIXTURE_LABELS_TEXT);
    const third = conditions?.cells[2];
    expect(third?.cell.text).toBe('Fixture: 8 problems found.');
    expect(third?.items?.slice(0, 2)).toEqual([
      {
        id: 'ankle-pain',
        label: 'Ankle pain',
        rating: { level: 'no-good-studies' },
        href: '/conditions/ankle-pain#therapy-electroacupuncture',
        note: 'We looked, and did not find good studies of this therapy for this problem.',
        sources: [],
      },
      {
        id: 'back-ache',
        label: 'Back ache',
        rating: {
          level: 'unclear',
          basis: { size: 'not-reported', certainty: 'not-stated', duration: 'not-reported' },
        },
        href: '/conditions/back-ache#therapy-electroacupuncture',
        note: 'Fixture: third find.',
        sources: [{ source: 'nccih-bulletin', quote: 'conditions' }],
      },
    ]);
  });

  it('numbers the sources in the order the table first cites them, once each', () => {
    // Read off the fixture files by hand: row by row (aspect order), then column by column. The
    // "What people use it for" row cites each condition file's one-line summary.
    expect(tableCitations(comparisonRows(columns, ASPECT_KEYS, FIXTURE_LABELS_TEXT))).toEqual([
      'nccih-acupuncture', // origin
      'kalichman-2010',
      'nhs-acupuncture', // focus
      'cleveland-dry-needling',
      'vickers-2012', // what people use it for (the condition files)
      'gattie-2017',
      'nccih-bulletin',
      'fernandez-2019', // session
      'medlineplus-acupuncture', // common side effects
      'brady-2014',
      'nccih-acupuncture-effectiveness',
      'cleveland-acupuncture', // cautions
      'fda-needles', // training
      'medicare-acupuncture', // cost and insurance
    ]);
  });

  it('counts how many cells cite each source, most-cited first, ties by id', () => {
    expect(citationCounts(comparisonRows(columns, ASPECT_KEYS, FIXTURE_LABELS_TEXT))).toEqual([
      // acupuncture: origin, technique, session; electroacupuncture: origin, focus, practitioners, technique, session.
      { id: 'nccih-acupuncture', cells: 8 },
      // acupuncture: serious risks, evidence; electroacupuncture: side effects, serious risks, evidence.
      { id: 'nccih-acupuncture-effectiveness', cells: 5 },
      { id: 'cleveland-dry-needling', cells: 4 },
      { id: 'kalichman-2010', cells: 3 },
      { id: 'medicare-acupuncture', cells: 3 }, // every cost cell
      { id: 'brady-2014', cells: 2 },
      { id: 'cleveland-acupuncture', cells: 2 },
      { id: 'fda-needles', cells: 2 },
      { id: 'fernandez-2019', cells: 2 },
      { id: 'nhs-acupuncture', cells: 2 },
      // One "uses" cell each: every condition file cites the same summary quote per therapy.
      { id: 'gattie-2017', cells: 1 },
      { id: 'medlineplus-acupuncture', cells: 1 },
      { id: 'nccih-bulletin', cells: 1 },
      { id: 'vickers-2012', cells: 1 },
    ]);
  });

  it('lets ?therapies= pick any two of the three, in the order asked', () => {
    const selection = parseTherapySelection('electroacupuncture,dry-needling', columns);
    expect(selection.problems).toEqual([]);
    expect(pickColumns(columns, selection.slugs).map((column) => column.name)).toEqual([
      'Electroacupuncture',
      'Dry needling',
    ]);
  });

  it('names all three in running text', () => {
    expect(namesInSentence(columns)).toBe('acupuncture, dry needling, and electroacupuncture');
  });

  it('gives the third therapy a page path and a sitemap entry', () => {
    const paths = routesFor(content.therapies, content.guides).map((route) => route.path);
    expect(paths).toEqual(expect.arrayContaining(['/compare', '/therapies/electroacupuncture']));
    expect(
      routesFor(content.therapies, []).find(
        (route) => route.path === '/therapies/electroacupuncture',
      ),
    ).toEqual({
      path: '/therapies/electroacupuncture',
      lastModified: '2026-11-29',
    });
  });
});
