import type { CitationRef } from '@/lib/schemas/citation';
import type { Source } from '@/lib/schemas/source';
import { sourceAnchor } from '@/lib/site/paths';
import { sourceYearText, type SourceDetailWords } from '@/lib/evidence/source-labels';
import { ExternalLink } from '../ui/external-link';

/**
 * A page's numbered sources, each with the exact words this page rests on, in quotation marks,
 * so a reader can check every statement against the source's own words.
 */
export function QuotedSources({
  headingId,
  numbering,
  refs,
  sources,
  words,
}: {
  headingId: string;
  /** Source ids in page order; the list follows it, so its numbers match the citation numbers. */
  numbering: readonly string[];
  refs: readonly CitationRef[];
  sources: readonly Source[];
  /** How to say when each source is from (content/site-text.yaml). */
  words: SourceDetailWords;
}) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (
    <section aria-labelledby={headingId} className="quoted-sources mt-10">
      <h2 id={headingId} className="text-2xl font-bold">
        Sources and the words we rely on
      </h2>
      <ol className="mt-3 list-decimal space-y-4 pl-6 [&_a]:underline">
        {numbering.map((id) => {
          const source = byId.get(id);
          if (!source) return null;
          const used = new Set(refs.filter((ref) => ref.source === id).map((ref) => ref.quote));
          const quotes = (source.quotes ?? []).filter((quote) => used.has(quote.id));
          const year = sourceYearText(source, words);
          return (
            <li key={id} id={`ref-${id}`} className="scroll-mt-4">
              <ExternalLink href={source.url}>{source.title}</ExternalLink>, {source.publisher}.{' '}
              {year && <>{year} </>}
              <a href={sourceAnchor(id)} className="text-base">
                More about this source
              </a>
              <ul className="mt-1 space-y-1 text-base">
                {quotes.map((quote) => (
                  <li key={quote.id}>
                    <q>{quote.text}</q>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
