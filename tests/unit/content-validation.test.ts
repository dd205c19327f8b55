import { describe, expect, it } from 'vitest';
import { validateContent, type ContentProblem, type RawContent } from '@/lib/content-validation';
import { rawArticle, validProfile, validRawContent } from '../fixtures/raw-content';

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
    { profile: validProfile('Alpha'), ...fields },
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
    expect(problemsOf(withTherapy({ reviewedBy: 42 }))).toContainEqual(
      expect.objectContaining({ file: 'content/therapies/alpha.mdx', field: 'reviewedBy' }),
    );
  });

  it('rejects an unknown source id in a profile cell, naming the cell', () => {
    const profile = validProfile('Alpha');
    profile.origin = { text: 'Somewhere.', sources: ['no-such-source'] };
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
        message: expect.stringMatching(/at least one source/),
      }),
    ]);
  });

  it('rejects an unknown <Cite> in the body', () => {
    const problems = problemsOf(withTherapy({}, 'Text. <Cite id="nope" />'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/therapies/alpha.mdx',
        field: 'body <Cite>',
        message: expect.stringContaining('"nope"'),
      }),
    ]);
  });

  it('rejects an unknown <Term> in the body', () => {
    const problems = problemsOf(withTherapy({}, 'A <Term id="nonsense">word</Term>.'));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'body <Term>',
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
        field: 'body <ComparisonTable>',
        message: expect.stringMatching(/^unknown aspect "orign": use one of origin, focus/),
      }),
      expect.objectContaining({
        field: 'body <ComparisonTable>',
        message: expect.stringContaining('unknown therapy "gamma"'),
      }),
      expect.objectContaining({
        field: 'body <ComparisonTable>',
        message: expect.stringContaining('needs aspects='),
      }),
    ]);
  });

  it('rejects a link to a page that does not exist, and accepts real ones', () => {
    const body =
      'See [beta](/therapies/beta), [compare](/compare#top) and [gone](/therapies/gamma).';
    expect(problemsOf(withTherapy({}, body))).toEqual([
      expect.objectContaining({
        field: 'body link',
        message: 'links to "/therapies/gamma", which is not a page on this site',
      }),
    ]);
  });

  it('rejects a non-https source url and an unreal date', () => {
    const raw = validRawContent();
    raw.sources.data = [
      {
        id: 'source-a',
        title: 'A',
        publisher: 'P',
        url: 'http://example.org',
        accessed: '2026-02-30',
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
        field: 'sources[0].accessed',
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
      url: 'https://e.org',
      accessed: '2026-01-01',
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
          'has passed (2027-01-10): review the page, then update lastReviewed and nextReviewDue',
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
        problemsOf(withTherapy({ lastReviewed: '2026-07-01', nextReviewDue: '2027-07-01' })),
      ).toContainEqual(expect.objectContaining({ field: 'lastReviewed' }));
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
});
