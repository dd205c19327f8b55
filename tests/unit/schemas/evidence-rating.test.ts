import { describe, expect, it } from 'vitest';
import { rateEvidence, type Rating } from '@/lib/schemas/evidence-rating';
import { evidenceRuleText, validateEvidenceRule } from '@/lib/content/evidence-rule-text';
import type { Finding } from '@/lib/schemas/evidence';
import { ratingLabel } from '@/lib/schemas/evidence-rule';

/** One finding, written out in full; the citation is the same made-up quote throughout. */
function finding(
  comparison: Finding['comparison']['value'],
  direction: Finding['direction']['value'],
  certainty: Finding['certainty']['value'],
  size: Finding['size']['value'] = 'not-reported',
  duration: Finding['duration']['value'] = 'not-reported',
): Finding {
  const cite = { source: 'review', quote: 'words' };
  return {
    comparison: { value: comparison, ...cite },
    direction: { value: direction, ...cite },
    size: { value: size, ...cite },
    certainty: { value: certainty, ...cite },
    duration: { value: duration, ...cite },
  };
}

describe('rateEvidence: the one rule', () => {
  it('nothing recorded: not reviewed yet', () => {
    expect(rateEvidence(undefined)).toEqual({ level: 'not-reviewed' });
  });

  it('recorded that none were found: no good studies', () => {
    expect(rateEvidence('none-found')).toEqual({ level: 'no-good-studies' });
  });

  it('better than sham, with a stated certainty: better than sham', () => {
    expect(
      rateEvidence([finding('sham', 'better', 'low', 'small-or-below-threshold', 'short-term')]),
    ).toEqual({
      level: 'better-than-sham',
      basis: { size: 'small-or-below-threshold', certainty: 'low', duration: 'short-term' },
    });
  });

  it('better than sham, certainty not stated: still better than sham, and the label says so', () => {
    expect(rateEvidence([finding('sham', 'better', 'not-stated')]).level).toBe('better-than-sham');
  });

  it('better than sham but very low certainty: unclear', () => {
    expect(rateEvidence([finding('sham', 'better', 'very-low')])).toEqual({
      level: 'unclear',
      basis: { size: 'not-reported', certainty: 'very-low', duration: 'not-reported' },
    });
  });

  it('better than sham in one review, no different from sham in another: unclear', () => {
    const rating = rateEvidence([
      finding('sham', 'better', 'moderate', 'small-or-below-threshold'),
      finding('sham', 'no-different', 'moderate'),
    ]);
    expect(rating.level).toBe('unclear');
  });

  it('a very-low-certainty "no different from sham" does not overturn a counted "better"', () => {
    const rating = rateEvidence([
      finding('sham', 'better', 'moderate'),
      finding('sham', 'no-different', 'very-low'),
    ]);
    expect(rating.level).toBe('better-than-sham');
  });

  it('better than usual care, no different from sham: better than no treatment or usual care', () => {
    expect(
      rateEvidence([
        finding('no-treatment-or-usual-care', 'better', 'low', 'not-reported', 'short-term'),
        finding('sham', 'no-different', 'moderate'),
      ]),
    ).toEqual({
      level: 'better-than-none',
      basis: { size: 'not-reported', certainty: 'low', duration: 'short-term' },
    });
  });

  it('better than a group that pools sham with a waiting list: does not raise the rating', () => {
    expect(rateEvidence([finding('sham-grouped-with-others', 'better', 'moderate')]).level).toBe(
      'unclear',
    );
  });

  it('better than another treatment only: unclear', () => {
    expect(rateEvidence([finding('another-treatment', 'better', 'high')]).level).toBe('unclear');
  });

  it('better than usual care but very low certainty: unclear', () => {
    expect(rateEvidence([finding('no-treatment-or-usual-care', 'better', 'very-low')]).level).toBe(
      'unclear',
    );
  });

  it('mixed results against sham: unclear, resting on the first finding', () => {
    expect(rateEvidence([finding('sham', 'mixed', 'not-stated')])).toEqual({
      level: 'unclear',
      basis: { size: 'not-reported', certainty: 'not-stated', duration: 'not-reported' },
    });
  });

  it('a pooled "better" next to a usual-care "better": rests on the usual-care finding', () => {
    const rating = rateEvidence([
      finding('sham-grouped-with-others', 'better', 'not-stated'),
      finding('no-treatment-or-usual-care', 'better', 'not-stated', 'small-or-below-threshold'),
    ]);
    expect(rating).toEqual({
      level: 'better-than-none',
      basis: {
        size: 'small-or-below-threshold',
        certainty: 'not-stated',
        duration: 'not-reported',
      },
    });
  });
});

describe('the rating as readers see it', () => {
  const text = evidenceRuleText();
  const cases: [Rating, string][] = [
    [
      {
        level: 'better-than-sham',
        basis: { size: 'small-or-below-threshold', certainty: 'low', duration: 'not-reported' },
      },
      'Better than sham: small, low certainty',
    ],
    [
      {
        level: 'better-than-sham',
        basis: { size: 'important', certainty: 'high', duration: 'long-term' },
      },
      'Better than sham: a gain that matters to patients, lasting a year or more, high certainty',
    ],
    [
      {
        level: 'better-than-none',
        basis: { size: 'not-reported', certainty: 'not-stated', duration: 'short-term' },
      },
      'Better than no treatment or usual care (not shown against sham): size not reported, short-term, certainty not stated',
    ],
    [
      {
        level: 'unclear',
        basis: { size: 'not-reported', certainty: 'very-low', duration: 'up-to-months' },
      },
      'Unclear or mixed: size not reported, lasting months, very low certainty',
    ],
    [{ level: 'no-good-studies' }, 'No good studies found'],
    [{ level: 'not-reviewed' }, 'Not reviewed yet'],
  ];
  for (const [rating, words] of cases) {
    it(`${rating.level} reads "${words}"`, () => {
      expect(ratingLabel(rating, text)).toBe(words);
    });
  }

  it('says "not reviewed yet" in words distinct from "no good studies"', () => {
    expect(text.levels['not-reviewed'].meaning).toBe(
      'We have not reviewed the research on this yet.',
    );
    expect(text.levels['no-good-studies'].meaning).not.toBe(text.levels['not-reviewed'].meaning);
  });
});

describe('content/evidence-rule.yaml: bad input names the file and the field', () => {
  it('a level without its label', () => {
    const broken = structuredClone(evidenceRuleText()) as unknown as {
      levels: Record<string, Record<string, unknown>>;
    };
    delete broken.levels.unclear!.label;
    expect(validateEvidenceRule(broken)).toEqual({
      ok: false,
      problems: [
        {
          file: 'content/evidence-rule.yaml',
          field: 'levels.unclear.label',
          message: 'Invalid input: expected string, received undefined',
        },
      ],
    });
  });
});
