import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPage } from '@/components/search/search-page';
import { decodeQueryKey } from '@/lib/http/query-key';
import { parseSearchQuery } from '@/lib/search/query';
import { loadSearchPage, searchPageMeta } from '@/lib/search/search-page';

// Where proxy.ts sends `/search?q=…`. Results depend only on the address, so each is rendered
// once and then cached (here and by any CDN) for an hour, refreshed in the background after that.
export const revalidate = 3600;

type Params = Promise<{ key: string }>;

/** No query is known before a reader types one. */
export function generateStaticParams(): { key: string }[] {
  return [];
}

async function load(params: Params) {
  const text = decodeQueryKey((await params).key);
  if (typeof text !== 'string') notFound();
  return parseSearchQuery(text);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const query = await load(params);
  return {
    ...searchPageMeta(query),
    alternates: { canonical: '/search' },
    // Result pages are endless and thin; the pages they point to are what should be indexed.
    robots: { index: false, follow: true },
  };
}

export default async function SearchResultsPage({ params }: { params: Params }) {
  return <SearchPage page={loadSearchPage(await load(params))} />;
}
