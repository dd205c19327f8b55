/** One quote as a citation shows it, from a source's prerendered quotes.json. */
interface FetchedQuote {
  id: string;
  text: string;
}

/** What a citation needs from /sources/<id>/quotes.json (shape: lib/schemas/source-quotes.ts). */
export interface FetchedSourceQuotes {
  /** Who published the source: the open quote says whose words they are. */
  publisher: string;
  url: string;
  quotes: FetchedQuote[];
}

// One request per source per page visit, shared by every citation number and fold that opens it.
const cache = new Map<string, Promise<FetchedSourceQuotes>>();

function isQuotes(data: unknown): data is FetchedSourceQuotes {
  if (typeof data !== 'object' || data === null) return false;
  const { publisher, url, quotes } = data as Record<string, unknown>;
  return (
    typeof publisher === 'string' &&
    typeof url === 'string' &&
    Array.isArray(quotes) &&
    quotes.every(
      (quote: unknown) =>
        typeof quote === 'object' &&
        quote !== null &&
        typeof (quote as Record<string, unknown>).id === 'string' &&
        typeof (quote as Record<string, unknown>).text === 'string',
    )
  );
}

async function load(href: string): Promise<FetchedSourceQuotes> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href} answered ${response.status}`);
  const data: unknown = await response.json();
  if (!isQuotes(data)) throw new Error(`${href} is not a source's quote data`);
  return data;
}

/**
 * A source's quotes, fetched on first use and kept in memory. A failed fetch is forgotten, so
 * opening the citation again tries again.
 */
export function sourceQuotes(href: string): Promise<FetchedSourceQuotes> {
  let pending = cache.get(href);
  if (!pending) {
    pending = load(href);
    cache.set(href, pending);
    pending.catch(() => cache.delete(href));
  }
  return pending;
}

/** Empties the cache: tests start each case from a page that has fetched nothing. */
export function forgetSourceQuotes(): void {
  cache.clear();
}
