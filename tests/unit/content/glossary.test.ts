import { describe, expect, it } from 'vitest';
import { allGuides, allTherapies } from '#content/generated';
import { getGlossary } from '@/lib/content/store';
import { alphabetical } from '@/lib/content/glossary-order';
import { readingStats } from '@/lib/mdx/readability';

const REQUIRED = [
  'trigger-point',
  'local-twitch-response',
  'myofascial',
  'filiform-needle',
  'qi',
  'meridian',
  'traditional-chinese-medicine',
  'electroacupuncture',
  'pneumothorax',
  'tendinopathy',
  'fibromyalgia',
  'referred-pain',
  'scope-of-practice',
];

describe('glossary', () => {
  it('defines at least 15 terms, including the ones the site depends on', () => {
    const ids = getGlossary().map((term) => term.id);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('sorts terms alphabetically, ignoring case', () => {
    const terms = alphabetical([
      { id: 'b', term: 'beta', definition: 'x' },
      { id: 'a', term: 'Alpha', definition: 'x' },
      { id: 'c', term: 'Gamma', definition: 'x' },
    ]);
    expect(terms.map((term) => term.id)).toEqual(['a', 'b', 'c']);
  });

  it('uses plain definitions: the whole glossary reads at grade 8 or lower', () => {
    const text = getGlossary()
      .map((term) => term.definition)
      .join('\n\n');
    expect(readingStats(text).grade).toBeLessThanOrEqual(8);
  });

  const termLinks = (raw: string) => raw.match(/<Term id=/g)?.length ?? 0;

  it('the therapy articles link at least 5 hard words each to the glossary', () => {
    expect(allTherapies.map((doc) => doc.url).sort()).toEqual([
      '/therapies/acupuncture',
      '/therapies/dry-needling',
    ]);
    for (const doc of allTherapies) {
      expect(termLinks(doc.body.raw), doc.url).toBeGreaterThanOrEqual(5);
    }
  });

  it('every guide links at least one hard word to the glossary', () => {
    expect(allGuides.map((doc) => doc.url).sort()).toEqual([
      '/guides/questions-to-ask',
      '/guides/safety-and-regulation',
      '/guides/which-is-right-for-you',
      '/guides/your-first-session',
    ]);
    for (const doc of allGuides) {
      expect(termLinks(doc.body.raw), doc.url).toBeGreaterThanOrEqual(1);
    }
  });
});
