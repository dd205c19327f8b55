import type { Metadata } from 'next';
import { SearchPage } from '@/components/search/search-page';
import { parseSearchQuery } from '@/lib/search/query';
import { loadSearchPage, searchPageMeta } from '@/lib/search/search-page';

// The empty search page, prerendered. `/search?q=…` is sent by proxy.ts to /search/results/[key].
export function generateMetadata(): Metadata {
  return { ...searchPageMeta(), alternates: { canonical: '/search' } };
}

export default function EmptySearchPage() {
  return <SearchPage page={loadSearchPage(parseSearchQuery(''))} />;
}
