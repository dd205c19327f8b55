import { RATING_SHAPES, type Rating, type RatingShape } from '@/lib/schemas/evidence-rating';
import { ratingLabel, type EvidenceRuleText } from '@/lib/schemas/evidence-rule';

/** The rating's shape: decoration only, since its word is always printed beside it. */
export function RatingShapeIcon({ shape }: { shape: RatingShape }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      className="rating-shape"
      data-shape={shape}
    >
      {shape === 'filled' && <circle cx="8" cy="8" r="6.5" fill="currentColor" />}
      {shape === 'half' && (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />
        </>
      )}
      {shape === 'diamond' && (
        <path d="M8 1.5 14.5 8 8 14.5 1.5 8z" fill="none" stroke="currentColor" strokeWidth="1.5" />
      )}
      {shape === 'empty' && (
        <circle
          cx="8"
          cy="8"
          r="6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeDasharray="2.5 2"
        />
      )}
      {/* Not reviewed yet: a dashed square, unlike any rating reached from studies. */}
      {shape === 'square' && (
        <rect
          x="2.5"
          y="2.5"
          width="11"
          height="11"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeDasharray="2 2"
        />
      )}
    </svg>
  );
}

/**
 * A rating as shape and words, so it never depends on colour alone. The words state the level
 * and, where studies were found, the size, duration and certainty it rests on.
 */
export function RatingBadge({ rating, rule }: { rating: Rating; rule: EvidenceRuleText }) {
  return (
    <span className="rating-badge" data-rating={rating.level}>
      <RatingShapeIcon shape={RATING_SHAPES[rating.level]} />
      {ratingLabel(rating, rule)}
    </span>
  );
}
