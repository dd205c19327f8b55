import { RATING_LEVELS, RATING_SHAPES } from '@/lib/schemas/evidence-rating';
import type { EvidenceRuleText } from '@/lib/schemas/evidence-rule';
import { RatingShapeIcon } from './rating-badge';

/** The one evidence scale, explained: the rule in words, and what each shape and word means. */
/** `text`: content/evidence-rule.yaml, loaded by the route. */
export function RatingScale({ headingId, text }: { headingId: string; text: EvidenceRuleText }) {
  return (
    <section aria-labelledby={headingId} className="rating-scale my-6">
      <h2 id={headingId} className="text-2xl font-bold">
        {text.heading}
      </h2>
      <p className="mt-2">{text.intro}</p>
      <ol className="mt-3 list-decimal space-y-1 pl-6" data-testid="rating-rule">
        {text.rule.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <dl className="mt-3 space-y-3">
        {RATING_LEVELS.map((level) => (
          <div key={level} data-rating={level}>
            <dt className="flex items-center gap-2 font-semibold">
              <RatingShapeIcon shape={RATING_SHAPES[level]} />
              {text.levels[level].label}
            </dt>
            <dd className="ml-6">{text.levels[level].meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
