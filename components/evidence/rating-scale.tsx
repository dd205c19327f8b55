import { EVIDENCE_RATINGS } from '@/lib/schemas/evidence-rating';
import { RatingShapeIcon } from './rating-badge';

/** The one evidence scale, explained: what each shape and word means. */
export function RatingScale({ headingId }: { headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="rating-scale my-6">
      <h2 id={headingId} className="text-2xl font-bold">
        How we rate the research
      </h2>
      <p className="mt-2">
        Each rating says how the therapy did in studies of that problem, on one scale. It does not
        say how big the benefit was: the words beside each rating do that.
      </p>
      <dl className="mt-3 space-y-3">
        {EVIDENCE_RATINGS.map((rating) => (
          <div key={rating.id} data-rating={rating.id}>
            <dt className="flex items-center gap-2 font-semibold">
              <RatingShapeIcon shape={rating.shape} />
              {rating.label}
            </dt>
            <dd className="ml-6">{rating.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
