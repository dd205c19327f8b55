import { quoteAnchorId, type CitationRef } from '../schemas/citation';

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
export const sourceAnchor = (id: string) => `/sources#${id}`;
export const glossaryAnchor = (id: string) => `/glossary#${id}`;
/** A quote's own place on /sources, where its words and the statements resting on it are listed. */
export const quoteAnchor = (ref: CitationRef) => `/sources#${quoteAnchorId(ref)}`;
export const SEARCH_PATH = '/search';
export const HELPER_PATH = '/which-is-right-for-me';
