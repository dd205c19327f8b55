import { sourceQuotes, type FetchedSourceQuotes } from './source-quotes-client';

export type QuotesState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; sources: Readonly<Record<string, FetchedSourceQuotes>> };

/**
 * Where a citation's quotes load from, read off its link: a quote's anchor is
 * /sources/<id>#<anchor> and the source's quote data is /sources/<id>/quotes.json
 * (lib/site/paths.ts, whose module this client code does not import: it brings Zod with it).
 */
export function quotesHrefOf(link: HTMLAnchorElement): string {
  return `${link.pathname}/quotes.json`;
}

/**
 * The quotes of some sources, keyed by each source's quotes.json address, as the state a
 * citation or fold shows: ready once all have loaded, failed if any could not.
 */
export async function loadQuotes(hrefs: readonly string[]): Promise<QuotesState> {
  try {
    const loaded = await Promise.all(hrefs.map((href) => sourceQuotes(href)));
    return {
      status: 'ready',
      sources: Object.fromEntries(loaded.map((data, index) => [hrefs[index] ?? '', data])),
    };
  } catch {
    return { status: 'failed' };
  }
}

/** The words of the quotes `ids` of one loaded source, in the order asked for. */
export function quotesOf(
  source: FetchedSourceQuotes | undefined,
  ids: readonly string[],
): { id: string; text: string }[] {
  if (!source) return [];
  return ids.flatMap((id) => source.quotes.filter((quote) => quote.id === id));
}
