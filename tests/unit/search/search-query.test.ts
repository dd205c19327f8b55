import { describe, expect, it } from 'vitest';
import { outcomeMessage } from '@/lib/search/messages';
import { FIXTURE_SEARCH_TEXT } from '../../fixtures/search-text';
import { MAX_QUERY_LENGTH, parseSearchQuery } from '@/lib/search/query';
import { highlight, snippetOf } from '@/lib/search/snippet';

describe('parseSearchQuery', () => {
  it('takes the first value, trims it and folds whitespace', () => {
    expect(parseSearchQuery(undefined)).toEqual({ text: '', truncated: false });
    expect(parseSearchQuery(null)).toEqual({ text: '', truncated: false });
    expect(parseSearchQuery(['  dry \n needling ', 'other'])).toEqual({
      text: 'dry needling',
      truncated: false,
    });
    expect(parseSearchQuery([])).toEqual({ text: '', truncated: false });
  });

  it('drops control and bidi characters', () => {
    expect(parseSearchQuery('qi\u0000\u202Egong\u200B').text).toBe('qi gong');
  });

  it(`caps at ${MAX_QUERY_LENGTH} characters without splitting an emoji`, () => {
    const exact = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(parseSearchQuery(exact)).toEqual({ text: exact, truncated: false });
    const long = parseSearchQuery('😀'.repeat(MAX_QUERY_LENGTH + 20));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.text).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('snippets', () => {
  it('marks whole words that start with a matched term, case-insensitively', () => {
    expect(highlight('Needles and needling, not "kneedle".', ['needl'])).toEqual([
      { text: 'Needles', mark: true },
      { text: ' and ', mark: false },
      { text: 'needling', mark: true },
      { text: ', not "kneedle".', mark: false },
    ]);
  });

  it('treats terms as literal text, never as patterns', () => {
    expect(highlight('axb and aab', ['a.b', 'a+b'])).toEqual([
      { text: 'axb and aab', mark: false },
    ]);
    expect(highlight('see a.b', ['a.b'])).toEqual([
      { text: 'see ', mark: false },
      { text: 'a.b', mark: true },
    ]);
    expect(highlight('price (c) 100%', ['c'])).toEqual([
      { text: 'price (', mark: false },
      { text: 'c', mark: true },
      { text: ') 100%', mark: false },
    ]);
  });

  it('cuts a window around the first match and falls back to the summary', () => {
    const text = `${'Filler words here. '.repeat(20)}The needle goes in. ${'More words after. '.repeat(20)}`;
    const segments = snippetOf(text, ['needle'], 'Summary.');
    const joined = segments.map((segment) => segment.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(203);
    expect(segments.some((segment) => segment.mark && segment.text === 'needle')).toBe(true);
    expect(snippetOf(text, ['absent'], 'The summary.')).toEqual([
      { text: 'The summary.', mark: false },
    ]);
  });
});

describe('outcomeMessage', () => {
  const base = { query: 'qi', truncated: false, partial: false, total: 0, hits: [] };
  it('says what happened in every case', () => {
    expect(
      outcomeMessage({ ...base, query: '', status: 'empty' }, FIXTURE_SEARCH_TEXT.outcome),
    ).toMatch(/Type a word/);
    expect(
      outcomeMessage({ ...base, query: '%', status: 'no-words' }, FIXTURE_SEARCH_TEXT.outcome),
    ).toBe(
      'We could not find any words to search for in “%”. Try letters or numbers, like “needle”.',
    );
    expect(outcomeMessage({ ...base, status: 'none' }, FIXTURE_SEARCH_TEXT.outcome)).toMatch(
      /^Nothing matches “qi”/,
    );
    const hit = {
      id: 'g:qi',
      kind: 'glossary' as const,
      title: 'Qi',
      url: '/glossary#qi',
      snippet: [],
    };
    expect(
      outcomeMessage(
        { ...base, status: 'results', total: 1, hits: [hit] },
        FIXTURE_SEARCH_TEXT.outcome,
      ),
    ).toBe('1 result for “qi”.');
    expect(
      outcomeMessage(
        {
          ...base,
          status: 'results',
          total: 30,
          hits: [hit],
          partial: true,
          truncated: true,
        },
        FIXTURE_SEARCH_TEXT.outcome,
      ),
    ).toBe(
      `Your search was longer than ${MAX_QUERY_LENGTH} characters, so we searched for the first ${MAX_QUERY_LENGTH}. 30 results for “qi”. No page has every word, so these have some of them. Showing the best 1.`,
    );
  });
});

describe('snippets: the window and its edges', () => {
  // Words four characters apart ("w00 w01 …"), so every cut point is known: word n starts at 4n.
  const words = Array.from({ length: 100 }, (_, n) =>
    n === 50 ? 'zap' : `w${String(n).padStart(2, '0')}`,
  );
  const text = words.join(' ');
  const run = (from: number, to: number) => words.slice(from, to + 1).join(' ');

  it('starts 60 characters before the first match, on the next whole word, and ends on a whole word', () => {
    expect(snippetOf(text, ['zap'], 'Summary.', 100)).toEqual([
      { text: `…${run(36, 49)} `, mark: false },
      { text: 'zap', mark: true },
      { text: ` ${run(51, 60)}…`, mark: false },
    ]);
    // A window that would end inside "w60" ends after "w59" instead.
    expect(snippetOf(text, ['zap'], 'Summary.', 98)).toEqual([
      { text: `…${run(36, 49)} `, mark: false },
      { text: 'zap', mark: true },
      { text: ` ${run(51, 59)}…`, mark: false },
    ]);
  });

  it('cuts inside a word when the next space is more than 20 characters away', () => {
    const long = `${'x'.repeat(250)} zap end`;
    expect(snippetOf(long, ['zap'], 'Summary.', 100)).toEqual([
      { text: `…${'x'.repeat(59)} `, mark: false },
      { text: 'zap', mark: true },
      { text: ' end', mark: false },
    ]);
  });

  it('cuts the end hard when the last space would throw away more than half the window', () => {
    const long = `zap ${'y'.repeat(300)}`;
    expect(snippetOf(long, ['zap'], 'Summary.', 100)).toEqual([
      { text: 'zap', mark: true },
      { text: ` ${'y'.repeat(96)}…`, mark: false },
    ]);
  });

  it('keeps a text of exactly the window length whole, with no ellipsis', () => {
    const exact = `${'a'.repeat(150)} zap ${'b'.repeat(45)}`;
    expect(exact).toHaveLength(200);
    expect(snippetOf(exact, ['zap'], 'Summary.')).toEqual([
      { text: `${'a'.repeat(150)} `, mark: false },
      { text: 'zap', mark: true },
      { text: ` ${'b'.repeat(45)}`, mark: false },
    ]);
  });

  it('folds runs of whitespace in the text and in the fallback', () => {
    expect(snippetOf('one\n\n  zap', ['zap'], 'x')).toEqual([
      { text: 'one ', mark: false },
      { text: 'zap', mark: true },
    ]);
    expect(snippetOf(`${'q '.repeat(150)}`, ['zap'], '  The\n summary   here. ')).toEqual([
      { text: 'The summary here.', mark: false },
    ]);
  });

  it('prefers the longest term, so a term with punctuation is marked whole', () => {
    expect(highlight('see a.b', ['a', 'a.b'])).toEqual([
      { text: 'see ', mark: false },
      { text: 'a.b', mark: true },
    ]);
  });

  it('ignores empty terms, marks nothing without terms, and returns nothing for no text', () => {
    expect(highlight('zap it', ['', 'zap'])).toEqual([
      { text: 'zap', mark: true },
      { text: ' it', mark: false },
    ]);
    expect(highlight('zap it', [])).toEqual([{ text: 'zap it', mark: false }]);
    expect(highlight('zap it', [''])).toEqual([{ text: 'zap it', mark: false }]);
    expect(highlight('', ['zap'])).toEqual([]);
    expect(highlight('', [])).toEqual([]);
  });
});
