import { describe, expect, it } from 'vitest';
import { mdxPageData } from '@/lib/content/pages/mdx-page';
import type { Source } from '@/lib/schemas/source';
import { FIXTURE_EVIDENCE_TEXT } from '../../../fixtures/evidence-text';
import { FIXTURE_SOURCES } from '../../../fixtures/site-text';
import { fixtureWarningSigns } from '../../../fixtures/warning-signs';
import { FIXTURE_LABELS_TEXT } from '../../../fixtures/labels-text';

const SOURCES: Source[] = [
  ...FIXTURE_SOURCES,
  {
    id: 'source-b',
    title: 'Source B',
    publisher: 'Publisher B',
    kind: 'research',
    url: 'https://example.org/b',
    quotes: [{ id: 'words', text: 'Source B words.', confidence: 'high', checked: '2026-01-01' }],
  },
  {
    id: 'uncited',
    title: 'Uncited source',
    publisher: 'Nobody here',
    kind: 'research',
    url: 'https://example.org/uncited',
  },
];

const GLOSSARY = [
  { id: 'trigger-point', term: 'Trigger point', definition: 'Fixture: a tender spot.' },
  { id: 'fascia', term: 'Fascia', definition: 'Fixture: a thin wrapping.' },
];

const RAW = `
A <Term id="trigger-point">trigger point</Term> can hurt.<Cite id="source-b" quote="words" />

<WarningSigns set="lung" />
`;

function load() {
  return mdxPageData({
    raw: RAW,
    citations: ['source-b'],
    sources: SOURCES,
    glossary: GLOSSARY,
    warningSigns: fixtureWarningSigns(),
    columns: [],
    words: FIXTURE_EVIDENCE_TEXT,
    labels: FIXTURE_LABELS_TEXT,
  });
}

describe('mdxPageData (what one page’s MDX tags are handed)', () => {
  it('names the cited sources, with no quote text', () => {
    const data = load();
    expect(data.citations).toEqual(['source-b']);
    expect(data.sources).toEqual({
      'source-b': { title: 'Source B', publisher: 'Publisher B', url: 'https://example.org/b' },
    });
    expect(JSON.stringify(data)).not.toContain('Source B words.');
  });

  it('holds only the glossary entries its <Term> tags name', () => {
    expect(load().terms).toEqual({
      'trigger-point': { term: 'Trigger point', definition: 'Fixture: a tender spot.' },
    });
  });

  it('holds only the warning-sign sets its <WarningSigns> tags name, with their source labels', () => {
    const { warnings } = load();
    expect(warnings.sets.map((set) => set.id)).toEqual(['lung']);
    expect(warnings.urgency.emergency.action).toBe(
      'Call 911 (US), 999 (UK), 112 (EU) or your local emergency number now',
    );
    expect(warnings.labels).toEqual({ 'source-a': 'Source A (Publisher)' });
  });

  it('carries the words the tags add, from the content', () => {
    expect(load().words).toEqual({
      table: 'Fixture table',
      tableNamed: 'Fixture table: {headings}',
      comparisonCaption: 'Fixture comparison',
      externalLink: '(fixture: opens another website)',
    });
  });
});
