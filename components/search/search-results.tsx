import Link from 'next/link';
import { KIND_LABELS, type SearchOutcome } from '@/lib/search/schema';
import { SearchSnippet } from './search-snippet';

/** The list of hits, or, when there are none, ways to carry on. */
export function SearchResults({ outcome }: { outcome: SearchOutcome }) {
  if (outcome.status === 'results') {
    return (
      <ol className="mt-6 space-y-6" aria-label="Search results">
        {outcome.hits.map((hit) => (
          <li key={hit.id} className="border-b border-line pb-4" data-kind={hit.kind}>
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">
              {KIND_LABELS[hit.kind]}
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
  return (
    <div className="mt-6">
      <h2 className="text-xl font-bold">Other ways to find it</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <Link href="/compare">Compare dry needling and acupuncture side by side</Link>
        </li>
        <li>
          <Link href="/glossary">Look up a word in the glossary</Link>
        </li>
        <li>
          <Link href="/which-is-right-for-me">Which is right for me?</Link>
        </li>
      </ul>
    </div>
  );
}
