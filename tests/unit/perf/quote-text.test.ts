import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWords, quotesCarried } from '@/lib/perf/quote-text';

const html = readFileSync('tests/fixtures/perf/quotes-page.html', 'utf8');

const SHOWN = {
  anchor: 'apta--trigger',
  text: "It's a trigger point treatment used by physical therapists.",
};
const IN_PAYLOAD_ONLY = {
  anchor: 'mayo--side-effects',
  text: 'Mild "bruising" and soreness are the most common side effects.',
};
const ABSENT = { anchor: 'nhs--risks', text: 'Serious side effects are rare when done properly.' };
const SHORT = { anchor: 'nhs--short', text: 'Rest is fine.' };

describe('quotesCarried', () => {
  it('finds a quote shown on the page, across a link and an HTML entity', () => {
    expect(quotesCarried(html, [SHOWN])).toEqual([SHOWN]);
  });

  it('finds a quote the page carries only in its React payload (a closed popover)', () => {
    expect(quotesCarried(html, [IN_PAYLOAD_ONLY])).toEqual([IN_PAYLOAD_ONLY]);
  });

  it('does not report a quote the page does not carry', () => {
    expect(quotesCarried(html, [ABSENT])).toEqual([]);
  });

  it('leaves out quotes under six words, which our own wording may match', () => {
    expect(pageWords(html)).toContain('Rest is fine.');
    expect(quotesCarried(html, [SHORT, ABSENT, SHOWN])).toEqual([SHOWN]);
  });
});
