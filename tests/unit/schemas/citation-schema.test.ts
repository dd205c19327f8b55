import { describe, expect, it } from 'vitest';
import {
  CitationRefSchema,
  MAX_QUOTE_WORDS,
  QuoteSchema,
  citationList,
  citationProblem,
  claimConfidence,
  quoteIndexOf,
  restsOnlyOnLowConfidence,
} from '@/lib/schemas/citation';

// Built inside each test (a function, not a value made when the file loads), so mutation testing
// sees the tests that run quoteIndexOf.
const quotes = () =>
  quoteIndexOf([
    {
      id: 'nccih',
      quotes: [
        { id: 'safe', confidence: 'high' },
        { id: 'weak', confidence: 'low' },
      ],
    },
    { id: 'brady', quotes: [{ id: 'rate', confidence: 'low' }] },
    { id: 'bare' },
  ]);

const issues = (value: unknown) => {
  const result = citationList(quotes()).safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe('QuoteSchema', () => {
  const quote = {
    id: 'safe',
    text: 'Acupuncture is generally considered safe when performed by an experienced practitioner.',
    confidence: 'high',
    checked: '2026-11-29',
  };

  it('accepts a quote with its words, confidence and the day it was checked', () => {
    expect(QuoteSchema.parse(quote)).toEqual(quote);
    expect(QuoteSchema.parse({ ...quote, seenAt: 'https://example.org/copy' })).toMatchObject({
      seenAt: 'https://example.org/copy',
    });
  });

  it(`takes ${MAX_QUOTE_WORDS} words and refuses the ${MAX_QUOTE_WORDS + 1}st`, () => {
    expect(MAX_QUOTE_WORDS).toBe(40);
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' \n ');
    expect(QuoteSchema.safeParse({ ...quote, text: words(40) }).success).toBe(true);
    const long = QuoteSchema.safeParse({ ...quote, text: words(41) });
    expect(long.error?.issues.map((i) => i.message)).toEqual([
      'is longer than 40 words: quote only the words that back the claim',
    ]);
  });

  it('takes a copy read over http or https, and says what it wants otherwise', () => {
    expect(
      QuoteSchema.safeParse({ ...quote, seenAt: 'http://archive.example.org/x' }).success,
    ).toBe(true);
    const message =
      'must be the full http:// or https:// address of the copy the words were read in';
    for (const seenAt of ['ftp://example.org/x', 'example.org/x', 'https://localhost/x']) {
      expect(QuoteSchema.safeParse({ ...quote, seenAt }).error?.issues).toMatchObject([
        { path: ['seenAt'], message },
      ]);
    }
  });

  it('refuses an unknown confidence and an extra field', () => {
    expect(QuoteSchema.safeParse({ ...quote, confidence: 'certain' }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...quote, page: 3 }).success).toBe(false);
  });
});

describe('CitationRefSchema', () => {
  it('is a source id and a quote id, nothing else', () => {
    expect(CitationRefSchema.parse({ source: 'nccih', quote: 'safe' })).toEqual({
      source: 'nccih',
      quote: 'safe',
    });
    expect(CitationRefSchema.safeParse({ source: 'nccih' }).error?.issues).toMatchObject([
      {
        path: ['quote'],
        message:
          "is missing: a citation names one of the source's quotes, as { source: <source id>, quote: <quote id> }",
      },
    ]);
    expect(CitationRefSchema.safeParse({ source: 'nccih', quote: 'safe', page: 1 }).success).toBe(
      false,
    );
  });

  it('tells an editor who wrote only a source id how to name the quote', () => {
    expect(CitationRefSchema.safeParse('nccih').error?.issues.map((i) => i.message)).toEqual([
      '"nccih" names a source but no quote: write { source: nccih, quote: <quote id> }',
    ]);
    expect(CitationRefSchema.safeParse(3).error?.issues.map((i) => i.message)).not.toContain(
      expect.stringContaining('names a source but no quote'),
    );
  });
});

describe('claimConfidence', () => {
  it('is the strongest mark among the quotes that resolve', () => {
    expect(
      claimConfidence(
        [
          { source: 'nccih', quote: 'weak' },
          { source: 'nhs', quote: 'x' },
          { source: 'nccih', quote: 'safe' },
        ],
        quotes(),
      ),
    ).toBe('high');
    expect(claimConfidence([{ source: 'brady', quote: 'rate' }], quotes())).toBe('low');
    expect(claimConfidence([{ source: 'nccih', quote: 'gone' }], quotes())).toBeUndefined();
    expect(claimConfidence([], quotes())).toBeUndefined();
  });
});

describe('citationProblem', () => {
  it('is undefined for a quote the source has', () => {
    expect(citationProblem({ source: 'nccih', quote: 'safe' }, quotes())).toBeUndefined();
  });

  it('names an unknown source and says where to add it', () => {
    expect(citationProblem({ source: 'nhs', quote: 'safe' }, quotes())).toBe(
      'unknown source id "nhs": add it to content/sources.json or fix the spelling',
    );
  });

  it('names an unknown quote and lists the quotes the source has', () => {
    expect(citationProblem({ source: 'nccih', quote: 'saf' }, quotes())).toBe(
      'source "nccih" has no quote "saf" (its quotes: safe, weak)',
    );
  });

  it('says to add a quote when the source has none', () => {
    expect(citationProblem({ source: 'bare', quote: 'x' }, quotes())).toBe(
      'source "bare" has no quote "x": add the quote to content/sources.json',
    );
  });
});

describe('restsOnlyOnLowConfidence', () => {
  it('is true only for a non-empty list of low-confidence quotes', () => {
    expect(restsOnlyOnLowConfidence([{ source: 'nccih', quote: 'weak' }], quotes())).toBe(true);
    expect(
      restsOnlyOnLowConfidence(
        [
          { source: 'nccih', quote: 'weak' },
          { source: 'brady', quote: 'rate' },
        ],
        quotes(),
      ),
    ).toBe(true);
    expect(
      restsOnlyOnLowConfidence(
        [
          { source: 'nccih', quote: 'weak' },
          { source: 'nccih', quote: 'safe' },
        ],
        quotes(),
      ),
    ).toBe(false);
    expect(restsOnlyOnLowConfidence([], quotes())).toBe(false);
    expect(restsOnlyOnLowConfidence([{ source: 'nhs', quote: 'x' }], quotes())).toBe(false);
  });
});

describe('citationList', () => {
  it('accepts resolved citations that do not rest on low confidence alone', () => {
    expect(
      citationList(quotes()).parse([
        { source: 'nccih', quote: 'safe' },
        { source: 'brady', quote: 'rate' },
      ]),
    ).toHaveLength(2);
  });

  it('says a missing list is missing, and an empty one must cite something', () => {
    expect(issues(undefined)).toEqual([
      {
        path: [],
        message:
          'is missing: cite at least one quote as { source: <source id>, quote: <quote id> }',
      },
    ]);
    expect(issues([])).toEqual([
      {
        path: [],
        message: 'must cite at least one quote as { source: <source id>, quote: <quote id> }',
      },
    ]);
  });

  it('names the index of each citation that does not resolve', () => {
    expect(
      issues([
        { source: 'nccih', quote: 'safe' },
        { source: 'nhs', quote: 'x' },
      ]),
    ).toEqual([
      {
        path: [1],
        message: 'unknown source id "nhs": add it to content/sources.json or fix the spelling',
      },
    ]);
  });

  it('refuses a claim that rests only on low-confidence quotes', () => {
    expect(issues([{ source: 'brady', quote: 'rate' }])).toEqual([
      {
        path: [],
        message:
          'rests only on low-confidence quotes: add a medium- or high-confidence quote, or leave the claim out',
      },
    ]);
  });
});

describe('quoteIndexOf', () => {
  it('maps each source to its quotes by id, and a source without quotes to none', () => {
    expect([...quotes().keys()]).toEqual(['nccih', 'brady', 'bare']);
    expect([...(quotes().get('nccih')?.keys() ?? [])]).toEqual(['safe', 'weak']);
    expect(quotes().get('nccih')?.get('weak')?.confidence).toBe('low');
    expect(quotes().get('bare')?.size).toBe(0);
  });
});
