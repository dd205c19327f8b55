import { LiveSearch } from '@/components/search/live-search';
import type { SearchOutcome } from '@/lib/search/schema';

export const SEARCH_DESCRIPTION =
  'Search every therapy, guide, glossary term and comparison on Needlewise.';

/** The search page's body, for the empty page and for a query's results alike. */
export function SearchPage({ outcome }: { outcome: SearchOutcome }) {
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold">Search</h1>
      <LiveSearch initial={outcome} />
    </div>
  );
}
