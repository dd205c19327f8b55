import { describe, expect, it } from 'vitest';
import { citedSourceNames, referenceEntries } from '@/lib/evidence/reference-entries';
import type { Source } from '@/lib/schemas/source';
import { fixtureSiteText } from '../../fixtures/site-text';

const quote = {
  id: 'words',
  text: 'Fixture quote words.',
  confidence: 'high',
  checked: '2026-11-29',
} as const;
const SOURCES: Source[] = [
  {
    id: 'paper',
    title: 'A paper',
    publisher: 'A journal',
    kind: 'research',
    citation: 'Author A, Author B. A journal. 2013;1:2-3.',
    url: 'https://example.org/paper',
    year: 2013,
    quotes: [quote],
  },
  {
    id: 'page',
    title: 'A page',
    publisher: 'An agency',
    kind: 'research',
    url: 'https://example.org/page',
    quotes: [quote],
  },
];

describe('referenceEntries', () => {
  it('names each source once, in citation order, with both links and no quote text', () => {
    const entries = referenceEntries(
      ['page', 'paper', 'missing'],
      SOURCES,
      fixtureSiteText().sourceDetails,
    );
    expect(entries).toEqual([
      {
        id: 'page',
        title: 'A page',
        publisher: 'An agency',
        url: 'https://example.org/page',
        href: '/sources/page',
      },
      {
        id: 'paper',
        title: 'A paper',
        publisher: 'Author A, Author B. A journal. 2013;1:2-3.',
        year: 'Fixture year 2013.',
        url: 'https://example.org/paper',
        href: '/sources/paper',
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain('Fixture quote words.');
  });
});

describe('citedSourceNames', () => {
  it('gives each named source its title, publisher and address, never its quotes', () => {
    expect(citedSourceNames(SOURCES, ['paper'])).toEqual({
      paper: { title: 'A paper', publisher: 'A journal', url: 'https://example.org/paper' },
    });
    expect(Object.keys(citedSourceNames(SOURCES))).toEqual(['paper', 'page']);
    expect(JSON.stringify(citedSourceNames(SOURCES))).not.toContain('Fixture quote words.');
  });
});
