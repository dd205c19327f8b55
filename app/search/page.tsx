import type { Metadata } from 'next';
import { LiveSearch } from '@/components/live-search';
import { parseSearchQuery } from '@/lib/search/query';
import { searchSite } from '@/lib/search/site-index';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const query = parseSearchQuery((await searchParams).q);
  return {
    title: query.text ? `Search: ${query.text}` : 'Search',
    description: 'Search every therapy, guide, glossary term and comparison on Needlewise.',
    alternates: { canonical: '/search' },
    // Result pages are endless and thin; the pages they point to are what should be indexed.
    ...(query.text ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseSearchQuery((await searchParams).q);
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold">Search</h1>
      <LiveSearch initial={searchSite(query)} />
    </div>
  );
}
