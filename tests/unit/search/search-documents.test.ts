import { describe, expect, it } from 'vitest';
import { evidenceRuleText } from '@/lib/content/evidence-rule-text';
import { searchDocuments } from '@/lib/search/documents';
import { FIXTURE_INTERFACE_TEXT } from '../../fixtures/interface-text';
import { FIXTURE_LABELS_TEXT } from '../../fixtures/labels-text';

const content = {
  therapies: [],
  guides: [],
  conditions: [],
  glossary: [
    {
      id: 'trigger-point',
      term: 'Trigger point',
      definition: 'A tight, tender spot in a band of muscle.',
      aliases: ['muscle knot', 'knot'],
    },
    { id: 'sham', term: 'Sham', definition: 'A fake treatment used in studies.' },
  ],
  rule: evidenceRuleText(),
  alsoCalled: FIXTURE_INTERFACE_TEXT.alsoCalled,
  rowWords: FIXTURE_LABELS_TEXT,
};

describe('search documents for glossary terms', () => {
  it("adds a term's other names in the words of content/ (interface.alsoCalled)", () => {
    const doc = searchDocuments(content).find((entry) => entry.id === 'glossary:trigger-point');
    expect(doc?.text).toBe(
      'A tight, tender spot in a band of muscle. Fixture, also called: muscle knot, knot.',
    );
  });

  it('leaves a term without other names as its definition alone', () => {
    const doc = searchDocuments(content).find((entry) => entry.id === 'glossary:sham');
    expect(doc?.text).toBe('A fake treatment used in studies.');
  });
});
