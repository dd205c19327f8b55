import type { CitationRef } from '../schemas/citation';

/** Routes that exist whatever the content; content routes are added from the documents. */
export const STATIC_ROUTES = [
  '/',
  '/compare',
  '/conditions',
  '/which-is-right-for-me',
  '/glossary',
  '/sources',
  '/search',
  '/about',
  '/changes',
] as const;

export const therapyPath = (slug: string) => `/therapies/${slug}`;
export const conditionPath = (slug: string) => `/conditions/${slug}`;
export const guidePath = (slug: string) => `/guides/${slug}`;
/** A source's own page: its title, links, every quote with its anchor, and the pages citing it. */
export const sourcePath = (id: string) => `/sources/${id}`;
/**
 * The prerendered, long-cached quote data for one source (shape: lib/schemas/source-quotes.ts),
 * fetched when a reader opens a citation.
 */
export const sourceQuotesPath = (id: string) => `/sources/${id}/quotes.json`;
export const glossaryAnchor = (id: string) => `/glossary#${id}`;
/**
 * A quote's own place on its source's page, where its words and the pages resting on it are listed.
 * Each source has its own page, so the quote's id alone names it there (`#mild-rate`): it is on
 * every citation of every page, so its length counts. The page also keeps the older
 * `#<source>--<quote>` (quoteAnchorId) for links made before.
 */
export const quoteAnchor = (ref: CitationRef) => `${sourcePath(ref.source)}#${ref.quote}`;

export const SEARCH_PATH = '/search';
export const HELPER_PATH = '/which-is-right-for-me';
