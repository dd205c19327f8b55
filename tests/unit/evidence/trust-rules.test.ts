import { describe, expect, it } from 'vitest';
import { validateContent, type RawArticle, type RawContent } from '@/lib/content/validate-content';
import { threeTherapyContent } from '../../fixtures/load-fixture';

/**
 * The three-therapy fixture (never the real content, whose dates editors change), fresh for each
 * test so each can break one thing. Its pages were checked on 2026-11-29 and fall due 2027-11-29.
 */
function content(): RawContent {
  return threeTherapyContent();
}

const TODAY = '2026-12-01';

function problemsOf(raw: RawContent, today = TODAY) {
  const result = validateContent(raw, { today });
  return result.ok ? [] : result.problems;
}

function therapy(raw: RawContent, slug: string): RawArticle {
  const doc = raw.therapies.find((candidate) => candidate.slug === slug);
  if (!doc) throw new Error(`no therapy ${slug}`);
  return doc;
}

describe('trust rules on the content', () => {
  it('the fixture passes with a fixed clock', () => {
    expect(problemsOf(content())).toEqual([]);
  });

  it('fails every document once its review date has passed, naming file and field', () => {
    const problems = problemsOf(content(), '2027-11-30');
    expect(problems.filter((p) => p.field === 'nextReviewDue').map((p) => p.file)).toEqual([
      'content/therapies/acupuncture.mdx',
      'content/therapies/dry-needling.mdx',
      'content/therapies/electroacupuncture.mdx',
    ]);
    expect(problems[0]?.message).toMatch(/^has passed \(2027-11-29\)/);
  });

  it('fails a next review set more than 3 years after the last one', () => {
    const raw = content();
    Object.assign(therapy(raw, 'acupuncture'), {
      lastReviewed: '2026-01-01',
      nextReviewDue: '2029-01-02',
    });
    expect(problemsOf(raw)).toContainEqual({
      file: 'content/therapies/acupuncture.mdx',
      field: 'nextReviewDue',
      message: 'must be at most 3 years after lastReviewed (by 2029-01-01)',
    });
  });

  it('fails a check dated in the future', () => {
    const raw = content();
    Object.assign(therapy(raw, 'acupuncture'), {
      lastReviewed: '2026-12-02',
      reviews: [{ kind: 'editorial', date: '2026-12-02' }],
    });
    expect(problemsOf(raw)).toContainEqual(
      expect.objectContaining({
        file: 'content/therapies/acupuncture.mdx',
        field: 'reviews[0].date',
        message: expect.stringMatching(/in the future/),
      }),
    );
  });

  it('fails a clinical review given without credentials', () => {
    const raw = content();
    therapy(raw, 'acupuncture').reviews = [
      { kind: 'editorial', date: '2026-11-29' },
      { kind: 'clinical', date: '2026-11-20', name: 'Ana Diaz' },
    ];
    expect(problemsOf(raw)).toContainEqual(
      expect.objectContaining({
        file: 'content/therapies/acupuncture.mdx',
        field: 'reviews[1].credentials',
      }),
    );
  });

  it('fails a document that reads above grade 8', () => {
    const raw = content();
    therapy(raw, 'dry-needling').stats = { grade: 11.2, words: 1000, minutes: 5 };
    expect(problemsOf(raw)).toContainEqual({
      file: 'content/therapies/dry-needling.mdx',
      field: 'body (reading level)',
      message: expect.stringMatching(/reads at grade 11.2, above the ceiling of 8/),
    });
  });

  it('lets a document raise its own ceiling only with a written reason', () => {
    const raw = content();
    const doc = therapy(raw, 'dry-needling');
    doc.stats = { grade: 11.2, words: 1000, minutes: 5 };
    doc.readingLevel = { maxGrade: 12, reason: 'It quotes the exact wording of a state law.' };
    expect(problemsOf(raw)).toEqual([]);
    doc.readingLevel = { maxGrade: 12, reason: 'because' };
    expect(problemsOf(raw)).toContainEqual(
      expect.objectContaining({
        field: 'readingLevel.reason',
        message: expect.stringMatching(/explain/),
      }),
    );
  });

  it('fails an unknown glossary term id and says where to add it', () => {
    const raw = content();
    const doc = therapy(raw, 'acupuncture');
    doc.body = { ...doc.body, raw: `${doc.body.raw}\n\nA <Term id="moxa">moxa</Term> stick.` };
    expect(problemsOf(raw)).toEqual([
      {
        file: 'content/therapies/acupuncture.mdx',
        field: 'body <Term id>',
        message:
          'unknown glossary term "moxa": add it to content/glossary.json or fix the spelling (line 7)',
      },
    ]);
  });

  it('fails an unknown source id in a body, a profile and a glossary definition', () => {
    const raw = content();
    const doc = therapy(raw, 'acupuncture');
    doc.body = {
      ...doc.body,
      raw: `${doc.body.raw}\n\nA claim. <Cite id="nowhere" quote="words" />`,
    };
    (doc.profile as { evidence: { sources: unknown[] } }).evidence.sources = [
      { source: 'nowhere-else', quote: 'words' },
    ];
    (raw.glossary.data as { sources?: unknown[] }[])[0]!.sources = [
      { source: 'no-such-source', quote: 'words' },
    ];
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'body <Cite id>',
        message: expect.stringContaining('"nowhere"'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'profile.evidence.sources[0]' }),
    );
    expect(problems).toContainEqual({
      file: 'content/glossary.json',
      field: 'terms[0].sources[0]',
      message:
        'unknown source id "no-such-source": add it to content/sources.json or fix the spelling',
    });
  });

  it('fails a quote without the date it was checked', () => {
    const raw = content();
    const sources = raw.sources.data as { id: string; quotes?: { checked?: string }[] }[];
    const index = sources.findIndex((source) => source.id === 'brady-2014');
    expect(index).toBeGreaterThanOrEqual(0);
    delete sources[index]!.quotes![0]!.checked;
    expect(problemsOf(raw)).toContainEqual(
      expect.objectContaining({
        file: 'content/sources.json',
        field: `sources[${index}].quotes[0].checked`,
      }),
    );
  });
});
