import { LiveSearch } from '@/components/search/live-search';
import type { SearchPageData } from '@/lib/search/search-page';

/** The search page's body, for the empty page and for a query's results alike. */
export function SearchPage({ page }: { page: SearchPageData }) {
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold">{page.text.title}</h1>
      <LiveSearch initial={page.outcome} text={page.text} />
    </div>
  );
}
