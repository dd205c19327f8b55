import { z } from 'zod';

/**
 * The one scale the site uses to rate what research found for a therapy and a health problem.
 * Defined once here: condition files name a rating by id, and every map, table and helper answer
 * shows it with the same shape and word, so the meaning never depends on colour.
 * Order is strongest first. A rating names the strongest comparison that reviews found the therapy
 * beat, not how big the benefit was: the plain-words summary beside it says that.
 */
export const EVIDENCE_RATINGS = [
  {
    id: 'better-than-sham',
    label: 'Better than sham',
    shape: 'filled',
    meaning:
      'In reviews of studies, it did better than a sham (a fake treatment that looks like the real one). The gain may still be small.',
  },
  {
    id: 'better-than-none',
    label: 'Better than no treatment only',
    shape: 'half',
    meaning:
      'It did better than no treatment or usual care, but studies have not shown that it beats a sham.',
  },
  {
    id: 'unclear',
    label: 'Unclear or mixed',
    shape: 'diamond',
    meaning: 'The studies are few, small or weak, or they disagree.',
  },
  {
    id: 'no-good-studies',
    label: 'No good studies found',
    shape: 'empty',
    meaning: 'We did not find good studies of this therapy for this problem.',
  },
] as const;

export type EvidenceRatingInfo = (typeof EVIDENCE_RATINGS)[number];
export type EvidenceRating = EvidenceRatingInfo['id'];
export type RatingShape = EvidenceRatingInfo['shape'];

export const EVIDENCE_RATING_IDS = EVIDENCE_RATINGS.map((rating) => rating.id) as [
  EvidenceRating,
  ...EvidenceRating[],
];

export const EvidenceRatingSchema = z.enum(EVIDENCE_RATING_IDS, {
  error: (issue) =>
    issue.input === undefined
      ? `is missing: rate the research as one of ${EVIDENCE_RATING_IDS.join(', ')}`
      : `"${String(issue.input)}" is not a rating: use one of ${EVIDENCE_RATING_IDS.join(', ')} (defined in lib/schemas/evidence-rating.ts)`,
});

export function ratingInfo(id: EvidenceRating): EvidenceRatingInfo {
  const rating = EVIDENCE_RATINGS.find((candidate) => candidate.id === id);
  if (!rating) throw new Error(`Unknown evidence rating "${id}"`);
  return rating;
}
