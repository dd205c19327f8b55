import type { Metadata } from 'next';
import { SEARCH_DESCRIPTION, SearchPage } from '@/components/search/search-page';
import { parseSearchQuery } from '@/lib/search/query';
import { searchSite } from '@/lib/search/site-index';

// The empty search page, prerendered. `/search?q=…` is sent by proxy.ts to /search/results/[key].
export function generateMetadata(): Metadata {
  return {
    title: 'Search',
    description: SEARCH_DESCRIPTION,
    alternates: { canonical: '/search' },
  };
}

export default function EmptySearchPage() {
  return <SearchPage outcome={searchSite(parseSearchQuery(''))} />;
}
