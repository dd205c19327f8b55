import { beforeAll, describe, expect, it } from 'vitest';
import { ASPECTS, ASPECT_KEYS } from '@/lib/aspects';
import { parseTherapySelection } from '@/lib/compare-query';
import {
  citationCounts,
  comparisonRows,
  namesInSentence,
  pickColumns,
  tableCitations,
  type ComparisonColumn,
} from '@/lib/comparison';
import { validateContent, type ValidContent } from '@/lib/content-validation';
import { routesFor } from '@/lib/site-routes';
import { FIXTURE_TODAY, threeTherapyContent } from '../fixtures/load-fixture';

let content: ValidContent;
let columns: ComparisonColumn[];

beforeAll(() => {
  const result = validateContent(threeTherapyContent(), { today: FIXTURE_TODAY });
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
  content = result.content;
  // The same mapping lib/comparison-data.ts makes from the site's own content.
  columns = content.therapies.map((therapy) => ({
    slug: therapy.slug,
    name: therapy.profile.name,
    url: therapy.url,
    profile: therapy.profile,
  }));
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
    const rows = comparisonRows(columns, ASPECT_KEYS);
    expect(rows.map((row) => row.key)).toEqual(ASPECTS.map((aspect) => aspect.key));
    for (const row of rows) {
      expect(row.cells.map((cell) => cell.column.name)).toEqual([
        'Acupuncture',
        'Dry needling',
        'Electroacupuncture',
      ]);
      for (const cell of row.cells)
        expect(cell.cell.sources.length, `${row.key} ${cell.column.slug}`).toBeGreaterThan(0);
    }
  });

  it('keeps rows in aspect order whatever order they are asked for', () => {
    const rows = comparisonRows(columns, ['technique', 'origin']);
    expect(rows.map((row) => row.key)).toEqual(['origin', 'technique']);
  });

  it('carries each listed use with its evidence level and its own citations', () => {
    const [conditions] = comparisonRows(columns, ['conditions']);
    const third = conditions?.cells[2];
    expect(third?.items).toEqual([
      {
        id: 'long-term-pain',
        label: 'Long-term pain',
        evidence: 'mixed',
        note: 'Studies of acupuncture often include it; results are mixed.',
        sources: [{ source: 'nccih-acupuncture-effectiveness', quote: 'fixture' }],
      },
    ]);
  });

  it('numbers the sources in the order the table first cites them, once each', () => {
    // Read off the fixture files by hand: row by row (aspect order), then column by column.
    expect(tableCitations(comparisonRows(columns, ASPECT_KEYS))).toEqual([
      'nccih-acupuncture', // origin
      'kalichman-2010',
      'nhs-acupuncture', // focus
      'cleveland-dry-needling',
      'nccih-acupuncture-effectiveness', // conditions, cell and item
      'fernandez-2019',
      'medlineplus-acupuncture', // common side effects
      'brady-2014',
      'cleveland-acupuncture', // cautions
      'fda-needles', // training
    ]);
  });

  it('counts how many cells cite each source, most-cited first, ties by id', () => {
    expect(citationCounts(comparisonRows(columns, ASPECT_KEYS))).toEqual([
      // acupuncture: origin, technique, session; electroacupuncture: origin, focus, practitioners, technique, session.
      { id: 'nccih-acupuncture', cells: 8 },
      { id: 'nccih-acupuncture-effectiveness', cells: 7 },
      { id: 'cleveland-dry-needling', cells: 4 },
      { id: 'fernandez-2019', cells: 3 },
      { id: 'kalichman-2010', cells: 3 },
      { id: 'brady-2014', cells: 2 },
      { id: 'cleveland-acupuncture', cells: 2 },
      { id: 'fda-needles', cells: 2 },
      { id: 'nhs-acupuncture', cells: 2 },
      { id: 'medlineplus-acupuncture', cells: 1 },
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
