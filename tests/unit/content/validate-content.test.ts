import { describe, expect, it } from 'vitest';
import {
  validateContent,
  type ContentProblem,
  type RawContent,
} from '@/lib/content/validate-content';
import {
  rawArticle,
  ref,
  validProfile,
  validQuote,
  validRawContent,
} from '../../fixtures/raw-content';
import * as broken from '../../fixtures/citation-rules';

const TODAY = '2026-06-01';

function problemsOf(raw: RawContent, today = TODAY): ContentProblem[] {
  const result = validateContent(raw, { today });
  return result.ok ? [] : result.problems;
}

function withTherapy(fields: Record<string, unknown>, body?: string): RawContent {
  const raw = validRawContent();
  raw.therapies[0] = rawArticle(
    'therapies',
    'alpha',
    { profile: validProfile('Alpha'), furtherReading: ['source-a'], ...fields },
    body,
  );
  return raw;
}

describe('validateContent', () => {
  it('accepts valid content and returns it typed', () => {
    const result = validateContent(validRawContent(), { today: TODAY });
    expect(result).toMatchObject({
      ok: true,
      content: { therapies: [{ slug: 'alpha' }, { slug: 'beta' }] },
    });
  });

  it('names the file and the field when a required field is missing', () => {
    const raw = validRawContent();
    delete raw.therapies[1]!.title;
    expect(problemsOf(raw)).toContainEqual({
      file: 'content/therapies/beta.mdx',
      field: 'title',
      message: expect.stringMatching(/expected string/i),
    });
  });

  it('rejects a field of the wrong type', () => {
    expect(problemsOf(withTherapy({ reviews: 42 }))).toContainEqual(
      expect.objectContaining({ file: 'content/therapies/alpha.mdx', field: 'reviews' }),
    );
  });

  it('rejects an unknown source id in a profile cell, naming the cell', () => {
    const profile = validProfile('Alpha');
    profile.origin = { text: 'Somewhere.', sources: [ref('no-such-source')] };
    expect(problemsOf(withTherapy({ profile }))).toEqual([
      {
        file: 'content/therapies/alpha.mdx',
        field: 'profile.origin.sources[0]',
        message:
          'unknown source id "no-such-source": add it to content/sources.json or fix the spelling',
      },
    ]);
  });

  it('rejects an empty citation list', () => {
    const profile = validProfile('Alpha');
    profile.focus = { text: 'Muscles.', sources: [] };
    expect(problemsOf(withTherapy({ profile }))).toEqual([
      expect.objectContaining({
        field: 'profile.focus.sources',
        message: expect.stringMatching(/at least one quote/),
      }),
    ]);
  });

  it('rejects an unknown <Cite> in the body', () => {
    const problems = problemsOf(withTherapy({}, 'Text. <Cite id="nope" quote="words" />'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/therapies/alpha.mdx',
        field: 'body <Cite id>',
        message: expect.stringContaining('"nope"'),
      }),
    ]);
  });

  it('rejects an unknown <Term> in the body', () => {
    const problems = problemsOf(withTherapy({}, 'A <Term id="nonsense">word</Term>.'));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'body <Term id>',
        message: expect.stringContaining('"nonsense"'),
      }),
    ]);
  });

  it('checks the aspects and therapies a <ComparisonTable> names', () => {
    const body = [
      '<ComparisonTable aspects={["origin", "focus"]} />',
      '<ComparisonTable therapies={["beta"]} aspects={["conditions"]} caption="Uses" />',
      '<ComparisonTable aspects={["orign"]} therapies={["gamma"]} />',
      '<ComparisonTable caption="No aspects" />',
    ].join('\n\n');
    expect(problemsOf(withTherapy({}, body))).toEqual([
      expect.objectContaining({
        field: 'body <ComparisonTable aspects>[0]',
        message: expect.stringMatching(/^unknown aspect "orign": use one of origin, focus/),
      }),
      expect.objectContaining({
        field: 'body <ComparisonTable therapies>[0]',
        message: expect.stringContaining('unknown therapy "gamma"'),
      }),
      expect.objectContaining({
        field: 'body <ComparisonTable aspects>',
        message: 'is missing (line 7): ComparisonTable needs aspects={["origin", "focus"]}',
      }),
    ]);
  });

  it('rejects a link to a page that does not exist, and accepts real ones', () => {
    const body =
      'See [beta](/therapies/beta), [compare](/compare#top) and [gone](/therapies/gamma).';
    expect(problemsOf(withTherapy({}, body))).toEqual([
      expect.objectContaining({
        field: 'body link',
        message: 'links to "/therapies/gamma", which is not a page on this site (line 1)',
      }),
    ]);
  });

  it('rejects a non-https source url and an unreal checked date', () => {
    const raw = validRawContent();
    raw.sources.data = [
      {
        id: 'source-a',
        title: 'A',
        publisher: 'P',
        kind: 'research',
        url: 'http://example.org',
        quotes: [{ ...validQuote(), checked: '2026-02-30' }],
      },
    ];
    expect(problemsOf(raw).filter((p) => p.file === 'content/sources.json')).toEqual([
      {
        file: 'content/sources.json',
        field: 'sources[0].url',
        message: 'must be a full https:// address',
      },
      {
        file: 'content/sources.json',
        field: 'sources[0].quotes[0].checked',
        message: 'is not a real calendar date',
      },
    ]);
  });

  it('rejects a duplicated source id', () => {
    const raw = validRawContent();
    const source = {
      id: 'source-a',
      title: 'A',
      publisher: 'P',
      kind: 'research',
      url: 'https://e.org',
      quotes: [validQuote()],
    };
    raw.sources.data = [source, source];
    expect(problemsOf(raw)).toContainEqual(
      expect.objectContaining({ field: 'sources[1].id', message: '"source-a" is listed twice' }),
    );
  });

  describe('review dates (fixed clock)', () => {
    it('fails content whose next review date has passed', () => {
      expect(problemsOf(validRawContent(), '2027-02-01')).toContainEqual({
        file: 'content/therapies/alpha.mdx',
        field: 'nextReviewDue',
        message:
          'has passed (2027-01-10): check the page against its sources, then add the check to reviews and update lastReviewed and nextReviewDue',
      });
    });

    it('fails a next review more than 3 years after the last', () => {
      expect(problemsOf(withTherapy({ nextReviewDue: '2029-01-11' }))).toEqual([
        expect.objectContaining({
          field: 'nextReviewDue',
          message: 'must be at most 3 years after lastReviewed (by 2029-01-10)',
        }),
      ]);
    });

    it('fails a next review before the last review', () => {
      expect(problemsOf(withTherapy({ nextReviewDue: '2025-12-31' }))).toContainEqual(
        expect.objectContaining({
          field: 'nextReviewDue',
          message: 'must be after lastReviewed (2026-01-10)',
        }),
      );
    });

    it('fails a review dated in the future', () => {
      expect(
        problemsOf(
          withTherapy({
            lastReviewed: '2026-07-01',
            nextReviewDue: '2027-07-01',
            reviews: [{ kind: 'editorial', date: '2026-07-01' }],
          }),
        ),
      ).toEqual([
        {
          file: 'content/therapies/alpha.mdx',
          field: 'reviews[0].date',
          message: 'is in the future (2026-07-01); use the date the check happened',
        },
      ]);
    });
  });

  describe('reading level', () => {
    it('fails a document above grade 8', () => {
      const raw = withTherapy({});
      raw.therapies[0]!.stats = { grade: 11.2, words: 900, minutes: 4 };
      expect(problemsOf(raw)).toEqual([
        expect.objectContaining({
          field: 'body (reading level)',
          message: expect.stringContaining('grade 11.2, above the ceiling of 8'),
        }),
      ]);
    });

    it('lets frontmatter raise its own ceiling only with a written reason', () => {
      const raw = withTherapy({ readingLevel: { maxGrade: 12, reason: 'too short' } });
      raw.therapies[0]!.stats = { grade: 11.2, words: 900, minutes: 4 };
      expect(problemsOf(raw)).toEqual([expect.objectContaining({ field: 'readingLevel.reason' })]);
      const reasoned = withTherapy({
        readingLevel: {
          maxGrade: 12,
          reason: 'This page quotes the regulation text word for word.',
        },
      });
      reasoned.therapies[0]!.stats = { grade: 11.2, words: 900, minutes: 4 };
      expect(problemsOf(reasoned)).toEqual([]);
    });
  });

  it('rejects an extra field a schema does not know', () => {
    expect(problemsOf(withTherapy({ colour: 'blue' }))).toEqual([
      expect.objectContaining({ field: '(document)', message: expect.stringContaining('colour') }),
    ]);
  });

  it('rejects a guide that names an unknown therapy', () => {
    const raw = validRawContent();
    raw.guides.push(
      rawArticle('guides', 'second', { order: 2, therapies: ['gamma'], topics: ['x'] }),
    );
    expect(problemsOf(raw)).toEqual([
      expect.objectContaining({
        file: 'content/guides/second.mdx',
        field: 'therapies[0]',
        message: expect.stringContaining('"gamma"'),
      }),
    ]);
  });

  it('rejects two guides with the same order', () => {
    const raw = validRawContent();
    raw.guides.push(rawArticle('guides', 'second', { order: 1, therapies: [], topics: ['x'] }));
    expect(problemsOf(raw)).toEqual([
      {
        file: 'content/guides/second.mdx',
        field: 'order',
        message: '1 is already used by content/guides/first.mdx',
      },
    ]);
  });

  describe('quote-backed citations (one fixture per rule)', () => {
    it('rejects a profile citation that names no quote, and stores nothing', () => {
      const result = validateContent(broken.profileCitationWithoutQuote(), { today: TODAY });
      expect(result).toEqual({
        ok: false,
        problems: [
          {
            file: 'content/therapies/alpha.mdx',
            field: 'profile.origin.sources[0].quote',
            message:
              "is missing: a citation names one of the source's quotes, as { source: <source id>, quote: <quote id> }",
          },
        ],
      });
    });

    it('rejects a bare source id with the form to write instead', () => {
      expect(problemsOf(broken.bareSourceId())).toEqual([
        {
          file: 'content/therapies/alpha.mdx',
          field: 'profile.focus.sources[0]',
          message:
            '"source-a" names a source but no quote: write { source: source-a, quote: <quote id> }',
        },
      ]);
    });

    it('rejects a <Cite> without quote, listing the quotes it could name', () => {
      expect(problemsOf(broken.citeWithoutQuote())).toEqual([
        {
          file: 'content/therapies/alpha.mdx',
          field: 'body <Cite quote>',
          message:
            'has no quote: write <Cite id="source-a" quote="…" /> naming the words that back the sentence (its quotes: words) (line 1)',
        },
      ]);
    });

    it('rejects an unknown quote id in a profile and in an article', () => {
      expect(problemsOf(broken.unknownQuoteId())).toEqual([
        {
          file: 'content/therapies/alpha.mdx',
          field: 'profile.technique.sources[0]',
          message: 'source "source-a" has no quote "wrods" (its quotes: words)',
        },
      ]);
      expect(problemsOf(broken.citeUnknownQuote())).toEqual([
        {
          file: 'content/therapies/alpha.mdx',
          field: 'body <Cite quote>',
          message: 'source "source-a" has no quote "wrods" (its quotes: words) (line 1)',
        },
      ]);
    });

    it('rejects a claim resting only on low-confidence quotes', () => {
      expect(problemsOf(broken.lowConfidenceOnly())).toEqual([
        {
          file: 'content/therapies/alpha.mdx',
          field: 'profile.evidence.sources',
          message:
            'rests only on low-confidence quotes: add a medium- or high-confidence quote, or leave the claim out',
        },
      ]);
      expect(problemsOf(broken.citeLowConfidenceOnly())).toEqual([
        {
          file: 'content/therapies/alpha.mdx',
          field: 'body <Cite>',
          message:
            'the claim cited with source-b/rumour, source-b/hearsay rests only on low-confidence quotes: add a medium- or high-confidence quote, or leave the claim out',
        },
      ]);
    });

    it('accepts a low-confidence quote beside a stronger one in the same claim', () => {
      expect(problemsOf(broken.lowBesideHigh())).toEqual([]);
    });

    it('rejects a quote over 40 words', () => {
      expect(problemsOf(broken.quoteTooLong())).toEqual([
        {
          file: 'content/sources.json',
          field: 'sources[0].quotes[0].text',
          message: 'is longer than 40 words: quote only the words that back the claim',
        },
      ]);
    });

    it('rejects a source nothing cites and no page lists, and accepts it as further reading', () => {
      expect(problemsOf(broken.unusedSource())).toEqual([
        {
          file: 'content/sources.json',
          field: 'sources[1] (source-c)',
          message:
            'nothing cites "source-c" and no page lists it as further reading: cite one of its quotes, add it to a page\'s furtherReading, or remove it',
        },
      ]);
      expect(problemsOf(broken.furtherReadingOnly())).toEqual([]);
    });

    it('rejects a therapy without further reading, and further reading of an unknown source', () => {
      expect(problemsOf(withTherapy({ furtherReading: [] }))).toEqual([
        expect.objectContaining({
          field: 'furtherReading',
          message: expect.stringContaining('must list at least one source id'),
        }),
      ]);
      expect(problemsOf(withTherapy({ furtherReading: ['nowhere'] }))).toEqual([
        expect.objectContaining({
          field: 'furtherReading[0]',
          message: expect.stringContaining('unknown source id "nowhere"'),
        }),
      ]);
    });

    it("holds the helper's own cited sentences to the same rules", () => {
      const result = validateContent(validRawContent(), {
        today: TODAY,
        extraClaims: [
          {
            file: 'lib/helper/decision.ts',
            field: 'seeDoctor[0].sources',
            href: '/which-is-right-for-me',
            place: { kind: 'helperWarnings' },
            statement: 'See a doctor.',
            refs: [ref('source-a', 'missing')],
          },
        ],
      });
      expect(result).toEqual({
        ok: false,
        problems: [
          {
            file: 'lib/helper/decision.ts',
            field: 'seeDoctor[0].sources[0]',
            message: 'source "source-a" has no quote "missing" (its quotes: words)',
          },
        ],
      });
    });
  });
});
