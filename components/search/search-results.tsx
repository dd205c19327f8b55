import Link from 'next/link';
import type { SearchOutcome } from '@/lib/search/schema';
import type { SearchText } from '@/lib/schemas/text/search-text';
import { SearchSnippet } from './search-snippet';

/** When nothing matched: other ways to carry on. */
function Elsewhere({ words }: { words: SearchText['elsewhere'] }) {
  return (
    <div className="mt-6">
      <h2 className="text-xl font-bold">{words.heading}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <Link href="/compare">{words.compare}</Link>
        </li>
        <li>
          <Link href="/glossary">{words.glossary}</Link>
        </li>
        <li>
          <Link href="/which-is-right-for-me">{words.helper}</Link>
        </li>
      </ul>
    </div>
  );
}

/** The list of hits, or, when there are none, ways to carry on. */
export function SearchResults({ outcome, text }: { outcome: SearchOutcome; text: SearchText }) {
  if (outcome.status === 'results') {
    return (
      <ol className="mt-6 space-y-6" aria-label={text.resultsLabel}>
        {outcome.hits.map((hit) => (
          <li key={hit.id} className="border-b border-line pb-4" data-kind={hit.kind}>
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">
              {text.kinds[hit.kind]}
            </p>
            <h2 className="text-xl font-bold">
              <Link href={hit.url}>{hit.title}</Link>
            </h2>
            <SearchSnippet segments={hit.snippet} />
          </li>
        ))}
      </ol>
    );
  }
  if (outcome.status === 'empty') return null;
  return <Elsewhere words={text.elsewhere} />;
}
