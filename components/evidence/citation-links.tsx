import type { CitationRef } from '@/lib/schemas/citation';
import { quoteAnchor } from '@/lib/site/paths';
import { CiteLink, type CitedSource } from './cite-link';

/** What a citation number needs to know of its source: its name, never its quotes' words. */
export type CitedSourceNames = Readonly<Record<string, { title: string; publisher: string }>>;

/** The source `id` as a citation number shows it, resting on the quotes of `refs` from it. */
export function citedSource(
  id: string,
  names: CitedSourceNames,
  refs: readonly CitationRef[],
): CitedSource | undefined {
  const source = names[id];
  if (!source) return undefined;
  return {
    id,
    quoteIds: [...new Set(refs.filter((ref) => ref.source === id).map((ref) => ref.quote))],
  };
}

/**
 * Small numbered links, one per source a table cell or box cites, numbered by the order their
 * table cites them. Each leads to its quote on the source's page without JavaScript, and opens
 * the quote in place with it. Class `source-cite`, not an article's `cite`: they are spaced
 * differently.
 */
export function CitationLinks({
  refs,
  numbering,
  sources,
}: {
  refs: readonly CitationRef[];
  /** Every source id the surrounding table or box cites, in order: position + 1 is the number. */
  numbering: readonly string[];
  sources: CitedSourceNames;
}) {
  const ids = [...new Set(refs.map((ref) => ref.source))];
  return (
    <>
      {ids.map((id) => {
        const source = citedSource(id, sources, refs);
        const first = refs.find((ref) => ref.source === id);
        if (!source || !first) return null;
        return (
          <CiteLink
            key={id}
            number={numbering.indexOf(id) + 1}
            href={quoteAnchor(first)}
            source={source}
            className="source-cite"
          />
        );
      })}
    </>
  );
}
