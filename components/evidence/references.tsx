import { getSiteText, getSource } from '@/lib/content/store';
import type { CitationRef } from '@/lib/schemas/citation';
import { quoteAnchor, sourceAnchor } from '@/lib/site/paths';
import { sourceYearText } from '@/lib/evidence/source-labels';
import { ExternalLink } from '../ui/external-link';

/**
 * The article's numbered reference list, in the order of its citations. Under each source, the
 * words this article rests on, in quotation marks, so a printed page still carries the evidence.
 */
export function References({
  citations,
  quotes,
}: {
  citations: readonly string[];
  /** Every quote the article cites, in order. */
  quotes: readonly CitationRef[];
}) {
  if (citations.length === 0) return null;
  const details = getSiteText().sourceDetails;
  return (
    <section aria-labelledby="references" className="mt-12 border-t border-line pt-6">
      <h2 id="references" className="text-2xl font-bold">
        References
      </h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        {citations.map((id) => {
          const source = getSource(id);
          if (!source) return null;
          const words = quotes.flatMap((ref) => {
            const quote =
              ref.source === id
                ? source.quotes?.find((candidate) => candidate.id === ref.quote)
                : undefined;
            return quote ? [{ ref, quote }] : [];
          });
          const year = sourceYearText(source, details);
          return (
            <li key={id} id={`ref-${id}`} className="scroll-mt-4">
              <ExternalLink href={source.url} className="underline">
                {source.title}
              </ExternalLink>
              <span className="text-muted">
                {' '}
                — {source.citation ?? source.publisher}. {year && <>{year} </>}
              </span>
              <a href={sourceAnchor(id)} className="whitespace-nowrap underline">
                <span className="sr-only">{source.title}: </span>Where else we cite this
              </a>
              {words.length > 0 && (
                <ul className="reference-quotes mt-1 space-y-1 text-base">
                  {words.map(({ ref, quote }) => (
                    <li key={ref.quote}>
                      <a href={quoteAnchor(ref)} className="underline">
                        “{quote.text}”
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
