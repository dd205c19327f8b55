import {
  NONE_FOUND,
  type Certainty,
  type Duration,
  type Evidence,
  type Finding,
  type Size,
} from './evidence';

/**
 * The one rule that turns the evidence recorded for a therapy and a problem into a rating. The
 * same rule, in words, is in content/evidence-rule.yaml: change one, change the other (a test
 * reads both). Levels are strongest first; the words readers see for each live in that file.
 */
export const RATING_LEVELS = [
  'better-than-sham',
  'better-than-none',
  'unclear',
  'no-good-studies',
  'not-reviewed',
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Each level's mark on the map, so a rating never depends on colour. */
export const RATING_SHAPES = {
  'better-than-sham': 'filled',
  'better-than-none': 'half',
  unclear: 'diamond',
  'no-good-studies': 'empty',
  'not-reviewed': 'square',
} as const satisfies Record<RatingLevel, string>;
export type RatingShape = (typeof RATING_SHAPES)[RatingLevel];

/** The finding a rating rests on, as much of it as the label states. */
export interface RatingBasis {
  size: Size;
  certainty: Certainty;
  duration: Duration;
}

export interface Rating {
  level: RatingLevel;
  /** Absent when nothing was reviewed or no studies were found. */
  basis?: RatingBasis;
}

/** A finding this weak cannot lift a rating above "unclear". */
const tooWeak = (finding: Finding) => finding.certainty.value === 'very-low';

const basisOf = (finding: Finding): RatingBasis => ({
  size: finding.size.value,
  certainty: finding.certainty.value,
  duration: finding.duration.value,
});

/**
 * The rule, step by step (content/evidence-rule.yaml says it in words):
 * 1. No evidence recorded: not reviewed yet.
 * 2. Recorded that no studies were found: no good studies.
 * 3. Findings of very low certainty do not count towards a better rating.
 * 4. A counted finding better than sham alone gives "better than sham", unless another counted
 *    finding against sham found no difference, worse or mixed results: then "unclear".
 * 5. Otherwise a counted finding better than no treatment or usual care gives "better than no
 *    treatment or usual care". Controls that pool sham with others say nothing about either alone.
 * 6. Anything else is "unclear".
 * The label then states the size, certainty and duration of the finding the level rests on.
 */
export function rateEvidence(evidence: Evidence | undefined): Rating {
  if (evidence === undefined) return { level: 'not-reviewed' };
  if (evidence === NONE_FOUND) return { level: 'no-good-studies' };
  const counted = evidence.filter((finding) => !tooWeak(finding));
  const againstSham = counted.filter((finding) => finding.comparison.value === 'sham');
  const betterThanSham = againstSham.find((finding) => finding.direction.value === 'better');
  if (betterThanSham) {
    const conflict = againstSham.some((finding) => finding.direction.value !== 'better');
    return conflict
      ? { level: 'unclear', basis: basisOf(betterThanSham) }
      : { level: 'better-than-sham', basis: basisOf(betterThanSham) };
  }
  const betterThanNone = counted.find(
    (finding) =>
      finding.direction.value === 'better' &&
      finding.comparison.value === 'no-treatment-or-usual-care',
  );
  if (betterThanNone) return { level: 'better-than-none', basis: basisOf(betterThanNone) };
  const [first] = evidence;
  return { level: 'unclear', basis: first ? basisOf(first) : undefined };
}

/** The level of a rating an editor may write by hand, to be checked against the rule. */
export const isRatingLevel = (value: unknown): value is RatingLevel =>
  typeof value === 'string' && (RATING_LEVELS as readonly string[]).includes(value);
