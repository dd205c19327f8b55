import type { QuotedProfileCell } from '@/lib/helper/decision';
import { SourceLinks } from './source-links';

/** A profile cell quoted word for word, so the helper never says more than the profile does. */
export function ProfileQuote({
  quote,
  therapy,
  sourceLabels,
  kind,
}: {
  quote: QuotedProfileCell;
  therapy: string;
  sourceLabels: Readonly<Record<string, string>>;
  /** What the quote comes from, in content's words: a therapy profile, or a condition page. */
  kind: string;
}) {
  return (
    <figure className="my-2 border-l-4 border-line pl-4">
      <blockquote className="m-0">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="text-base text-muted">
        {therapy} {kind}, {quote.label.toLowerCase()}.{' '}
        <SourceLinks refs={quote.sources} labels={sourceLabels} />
      </figcaption>
    </figure>
  );
}
