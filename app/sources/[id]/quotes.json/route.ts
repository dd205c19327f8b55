import { loadSourceQuotes, sourceIds } from '@/lib/content/pages/source-page';
import { SourceQuotesSchema } from '@/lib/schemas/source-quotes';

// Written once per build for every source, and served as a file: a citation fetches it on demand.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sourceIds().map((id) => ({ id }));
}

/**
 * Browsers keep it an hour and may use it a day longer while they fetch a fresh copy. Not
 * `immutable`: its address stays the same when an editor rechecks or corrects a quote, so a
 * cached copy must expire, and an hour is how long a correction may take to reach a reader.
 */
const QUOTES_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const quotes = loadSourceQuotes((await params).id);
  if (!quotes) return new Response(null, { status: 404 });
  // Checked here, at build: a shape the popovers cannot read fails the build, not a reader's tap.
  return Response.json(SourceQuotesSchema.parse(quotes), {
    headers: { 'Cache-Control': QUOTES_CACHE_CONTROL },
  });
}
