import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  loadSearchIndex,
  runSearch,
  searchableTerms,
  serializeSearchIndex,
  MAX_HITS,
} from '@/lib/search/engine';
import { parseSearchQuery } from '@/lib/search/query';
import type { SearchDoc } from '@/lib/search/schema';

function doc(partial: Partial<SearchDoc> & Pick<SearchDoc, 'id' | 'kind' | 'title'>): SearchDoc {
  return {
    url: `/${partial.id.replace(':', '/')}`,
    summary: '',
    keywords: '',
    headings: '',
    text: '',
    ...partial,
  };
}

const FIXTURES: SearchDoc[] = [
  doc({
    id: 'therapy:acupuncture',
    kind: 'therapy',
    title: 'Acupuncture',
    summary: 'Thin needles placed at set points on the body.',
    text: 'Acupuncture comes from traditional Chinese medicine. A practitioner places thin needles at points. It is usually safe.',
  }),
  doc({
    id: 'therapy:dry-needling',
    kind: 'therapy',
    title: 'Dry needling',
    summary: 'A thin needle aimed at a tight spot in a muscle.',
    text: 'Dry needling aims a needle at a trigger point in a muscle. Unlike acupuncture, it is based on Western anatomy.',
  }),
  doc({
    id: 'glossary:trigger-point',
    kind: 'glossary',
    title: 'Trigger point',
    keywords: 'muscle knot',
    summary: 'A tight, tender spot in a band of muscle.',
    text: 'A tight, tender spot in a band of muscle. Also called: muscle knot.',
  }),
  doc({
    id: 'guide:safety',
    kind: 'guide',
    title: 'Safety and regulation',
    headings: 'Common side effects · Rare serious risks',
    summary: 'How safe needling is and how to check a license.',
    text: 'Mild side effects are common. A collapsed lung is a rare serious risk. Check the license of your provider.',
  }),
  doc({
    id: 'comparison:seriousRisks',
    kind: 'comparison',
    title: 'Rare serious risks',
    summary: 'Problems that seldom happen.',
    text: 'Problems that seldom happen. Acupuncture: infection. Dry needling: a collapsed lung near the chest.',
  }),
];

// The index the site ships is serialized at build time and loaded by the server: test that path.
const index = loadSearchIndex(serializeSearchIndex(createSearchIndex(FIXTURES)));
const search = (q: string) => runSearch(index, parseSearchQuery(q));
const ids = (q: string) => search(q).hits.map((hit) => hit.id);

describe('search index', () => {
  it('puts the page whose title is the word above pages that mention it', () => {
    expect(ids('acupuncture')[0]).toBe('therapy:acupuncture');
    expect(ids('acupuncture')).toContain('therapy:dry-needling');
    expect(ids('trigger point')[0]).toBe('glossary:trigger-point');
  });

  it('tolerates typos and finds prefixes', () => {
    expect(ids('acupunture')[0]).toBe('therapy:acupuncture');
    expect(ids('acupuncutre')[0]).toBe('therapy:acupuncture');
    expect(ids('trigger pint')[0]).toBe('glossary:trigger-point');
    expect(ids('acup')[0]).toBe('therapy:acupuncture');
    expect(ids('needl')).toEqual(
      expect.arrayContaining(['therapy:dry-needling', 'therapy:acupuncture']),
    );
  });

  it('does not stretch short words into other words', () => {
    // "lung" must not match "long" or "lunge"-like neighbours through fuzziness.
    expect(ids('lung').sort()).toEqual(['comparison:seriousRisks', 'guide:safety']);
  });

  it('finds aliases and ignores stop words', () => {
    expect(ids('muscle knot')[0]).toBe('glossary:trigger-point');
    expect(searchableTerms('is it safe')).toEqual(['safe']);
    expect(ids('is it safe')).toContain('therapy:acupuncture');
  });

  it('needs every word, and says so when it falls back to any word', () => {
    const all = search('collapsed lung');
    expect(all.partial).toBe(false);
    expect(all.hits.map((hit) => hit.id).sort()).toEqual([
      'comparison:seriousRisks',
      'guide:safety',
    ]);
    const some = search('spaceship acupuncture');
    expect(some.status).toBe('results');
    expect(some.partial).toBe(true);
    expect(some.hits[0]?.id).toBe('therapy:acupuncture');
  });

  it('gives each hit its title, kind, address and a snippet with the matched words marked', () => {
    const hit = search('license').hits[0];
    expect(hit).toMatchObject({
      id: 'guide:safety',
      kind: 'guide',
      title: 'Safety and regulation',
      url: '/guide/safety',
    });
    expect(hit?.snippet.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual([
      'license',
    ]);
    expect(hit?.snippet.map((segment) => segment.text).join('')).toContain(
      'Check the license of your provider',
    );
  });

  it('answers empty, wordless and unmatched queries with a status, not an error', () => {
    expect(search('')).toMatchObject({ status: 'empty', hits: [], total: 0 });
    expect(search('   ')).toMatchObject({ status: 'empty' });
    for (const odd of ['%', '"', "''", '%%%', '()', '—'])
      expect(search(odd).status).toBe('no-words');
    expect(search('😀').status).toBe('none');
    expect(search('zzzzqqq').status).toBe('none');
    // What broken percent-encoding decodes to carries nothing to search for.
    expect(search('\u{FFFD}\u{FFFD}')).toMatchObject({ status: 'empty', query: '' });
  });

  it('returns at most MAX_HITS hits and counts them all', () => {
    const many = Array.from({ length: MAX_HITS + 5 }, (_, n) =>
      doc({
        id: `glossary:term-${n}`,
        kind: 'glossary',
        title: `Needle word ${n}`,
        text: 'needle',
      }),
    );
    const big = createSearchIndex(many);
    const outcome = runSearch(big, parseSearchQuery('needle'));
    expect(outcome.total).toBe(MAX_HITS + 5);
    expect(outcome.hits).toHaveLength(MAX_HITS);
  });
});
