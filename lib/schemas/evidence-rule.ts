import { z } from 'zod';
import { NonEmptyText } from './common';
import { RATING_LEVELS, type Rating, type RatingLevel } from './evidence-rating';

/**
 * content/evidence-rule.yaml: the words readers see for each rating and the rule, in words, that
 * picks it. Every level, size, certainty and reported duration must have its words, so a new value
 * in the rule cannot reach a page without them.
 */
const level = z.strictObject({ label: NonEmptyText, meaning: NonEmptyText });
const levels = z.strictObject(
  Object.fromEntries(RATING_LEVELS.map((id) => [id, level])) as Record<RatingLevel, typeof level>,
);

export const EvidenceRuleSchema = z.strictObject({
  heading: NonEmptyText,
  intro: NonEmptyText,
  rule: z.array(NonEmptyText).min(1, 'must state the rule in at least one step'),
  levels,
  size: z.strictObject({
    important: NonEmptyText,
    'small-or-below-threshold': NonEmptyText,
    'not-reported': NonEmptyText,
  }),
  certainty: z.strictObject({
    high: NonEmptyText,
    moderate: NonEmptyText,
    low: NonEmptyText,
    'very-low': NonEmptyText,
    'not-stated': NonEmptyText,
  }),
  /** A duration that was not reported is left out of the label. */
  duration: z.strictObject({
    'short-term': NonEmptyText,
    'up-to-months': NonEmptyText,
    'long-term': NonEmptyText,
  }),
  noGuideline: NonEmptyText,
  helper: z.strictObject({
    matches: NonEmptyText.includes('{therapy}'),
    severalMatch: NonEmptyText.includes('{therapies}'),
    ratingForProblem: NonEmptyText.includes('{rating}'),
    notAnswer: NonEmptyText,
  }),
});

export type EvidenceRuleText = z.infer<typeof EvidenceRuleSchema>;

/**
 * The rating as readers see it: the level's label, then the size, how long it lasted (when
 * reported) and the certainty of the finding it rests on, e.g. "Better than sham: small, low
 * certainty".
 */
export function ratingLabel(rating: Rating, text: EvidenceRuleText): string {
  const label = text.levels[rating.level].label;
  const { basis } = rating;
  if (!basis) return label;
  const parts = [
    text.size[basis.size],
    basis.duration === 'not-reported' ? undefined : text.duration[basis.duration],
    text.certainty[basis.certainty],
  ].filter((part): part is string => Boolean(part));
  return `${label}: ${parts.join(', ')}`;
}
