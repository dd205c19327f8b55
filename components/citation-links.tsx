import type { SourceIndex } from '@/lib/schemas/source';
import { sourceAnchor } from '@/lib/routes';

/**
 * Small numbered links to the sources page, numbered by the order their table or box cites them.
 * Class `source-cite`, not an article's `cite`: those point at the article's own reference list.
 */
export function CitationLinks({
  ids,
  numbering,
  sources,
  inArticle = false,
}: {
  ids: readonly string[];
  /** Every id the surrounding table or box cites, in order: position + 1 is the number shown. */
  numbering: readonly string[];
  sources: SourceIndex;
  /** Inside an article the numbers are the article's own and jump to its reference list. */
  inArticle?: boolean;
}) {
  return (
    <>
      {ids.map((id) => {
        const number = numbering.indexOf(id) + 1;
        const source = sources[id];
        return (
          <sup key={id} className="source-cite">
            <a
              href={inArticle ? `#ref-${id}` : sourceAnchor(id)}
              aria-label={`Source ${number}: ${source ? `${source.title}, ${source.publisher}` : id}`}
            >
              [{number}]
            </a>
          </sup>
        );
      })}
    </>
  );
}
