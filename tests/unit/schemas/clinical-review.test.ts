import { describe, expect, it } from 'vitest';
import { validateContent } from '@/lib/content/validate-content';
import { ClinicalReviewSchema } from '@/lib/schemas/review';
import { reviewedGuide } from '../../fixtures/clinical-review';
import { rawArticle, validRawContent } from '../../fixtures/raw-content';

const FULL = {
  kind: 'clinical',
  date: '2026-01-10',
  name: 'Ana Diaz',
  credentials: 'PT, DPT',
  scope: 'The safety advice and the warning signs',
};

/** The problems a therapy file gets when its only check is `review`. */
function problemsWith(review: Record<string, unknown>) {
  const raw = validRawContent();
  raw.therapies[0] = rawArticle('therapies', 'alpha', {
    profile: raw.therapies[0]!.profile,
    furtherReading: ['source-a'],
    reviews: [review],
  });
  const result = validateContent(raw, { today: '2026-06-01' });
  return result.ok ? [] : result.problems;
}

const without = (field: keyof typeof FULL) =>
  Object.fromEntries(Object.entries(FULL).filter(([key]) => key !== field));

describe('a clinical review record', () => {
  it('is accepted with every field', () => {
    expect(ClinicalReviewSchema.parse(FULL)).toEqual(FULL);
    expect(problemsWith(FULL)).toEqual([]);
  });

  it.each([
    ['name', 'is missing: a clinical review needs the clinician\'s full name, like "Ana Diaz"'],
    ['credentials', 'is missing: a clinical review needs their qualifications, like "PT, DPT"'],
    ['date', 'is missing: a clinical review needs the date it happened, like "2026-11-29"'],
    [
      'scope',
      'is missing: a clinical review needs what they checked, like "the safety advice and the warning signs against current practice"',
    ],
  ] as const)('without %s, is refused with a message naming it', (field, message) => {
    expect(problemsWith(without(field))).toEqual([
      { file: 'content/therapies/alpha.mdx', field: `reviews[0].${field}`, message },
    ]);
  });

  it('is refused with a blank field, naming it', () => {
    expect(problemsWith({ ...FULL, scope: '  ' })).toEqual([
      {
        file: 'content/therapies/alpha.mdx',
        field: 'reviews[0].scope',
        message:
          'must not be empty: a clinical review needs what they checked, like "the safety advice and the warning signs against current practice"',
      },
    ]);
  });

  it('is read from the fixture document with all four fields', () => {
    expect(reviewedGuide().reviews).toEqual([
      { kind: 'editorial', date: '2026-01-10' },
      {
        kind: 'clinical',
        date: '2026-03-15',
        name: 'Fixture Clinician',
        credentials: 'PT, DPT (fixture)',
        scope: 'the fixture safety advice and warning signs',
      },
    ]);
  });
});
