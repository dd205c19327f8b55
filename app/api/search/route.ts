import type { NextRequest } from 'next/server';
import { parseSearchQuery } from '@/lib/search/query';
import { searchSite } from '@/lib/search/site-index';

/** The live search's answers: a few hits as small JSON, never the whole index. */
export function GET(request: NextRequest) {
  const outcome = searchSite(parseSearchQuery(request.nextUrl.searchParams.getAll('q')));
  return Response.json(outcome, {
    headers: {
      // Answers depend only on the address: browsers keep them 5 minutes, shared caches an hour.
      'Cache-Control': 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
