import { getSiteText } from '../content/store';
import type { SearchText } from '../schemas/text/search-text';
import { fillText } from '../site/fill-template';
import type { ParsedSearchQuery } from './query';
import type { SearchOutcome } from './schema';
import { searchSite } from './site-index';

/**
 * The one load of /search and its result pages: the words and the outcome. It lives here, not in
 * lib/content/pages/, because the store sits below search (eslint.config.mjs layers).
 */
export interface SearchPageData {
  text: SearchText;
  outcome: SearchOutcome;
}

export function loadSearchPage(query: ParsedSearchQuery): SearchPageData {
  return { text: getSiteText().search, outcome: searchSite(query) };
}

/** The page's title ("Search", or "Search: <query>") and description, for its metadata. */
export function searchPageMeta(query?: ParsedSearchQuery): { title: string; description: string } {
  const text = getSiteText().search;
  return {
    title: query?.text ? fillText(text.resultsTitle, { query: query.text }) : text.title,
    description: text.description,
  };
}
