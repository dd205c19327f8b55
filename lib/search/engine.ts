import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { ParsedSearchQuery } from './query';
import { SearchDocSchema, type SearchDoc, type SearchKind, type SearchOutcome } from './schema';
import { snippetOf } from './snippet';

/** How many hits one answer carries; the count says how many there were in all. */
export const MAX_HITS = 20;

// Words that carry no meaning on their own: "is it safe" searches for "safe".
const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from has have how i if in into is it its me my of on or so than that the their them then there these they this to was we were what when where which who why will with you your'.split(
    ' ',
  ),
);

/** Lower case, no accents, no stop words: the same for the index and for the query. */
export function processTerm(term: string): string | null {
  const plain = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (plain.length === 0 || STOP_WORDS.has(plain)) return null;
  return plain;
}

const STORED_FIELDS = ['kind', 'title', 'url', 'summary', 'text'] as const;
const StoredSchema = SearchDocSchema.pick({
  kind: true,
  title: true,
  url: true,
  summary: true,
  text: true,
}).loose();

const KIND_BOOST: Record<SearchKind, number> = {
  therapy: 1.4,
  guide: 1.1,
  // Someone who types a health problem wants the page about that problem first.
  condition: 1.5,
  glossary: 1,
  comparison: 1,
};

/** The one set of options both building and loading use; MiniSearch needs them to match. */
export const INDEX_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: ['title', 'keywords', 'headings', 'summary', 'text'],
  storeFields: [...STORED_FIELDS],
  processTerm,
  searchOptions: {
    // A title or a term's own name says more than a word somewhere in the body.
    boost: { title: 5, keywords: 3, headings: 2, summary: 1.5, text: 1 },
    // "acup" finds acupuncture; "acupunture" (one letter missing) too, ranked below exact words.
    prefix: true,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
    // The therapy pages are where most readers want to land; a nudge, not an override.
    boostDocument: (_id, _term, stored) => KIND_BOOST[StoredSchema.shape.kind.parse(stored?.kind)],
  },
};

export function createSearchIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  index.addAll(docs.map((doc) => SearchDocSchema.parse(doc)));
  return index;
}

export const serializeSearchIndex = (index: MiniSearch<SearchDoc>): string => JSON.stringify(index);

export const loadSearchIndex = (json: string): MiniSearch<SearchDoc> =>
  MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS);

/** The words of the query that the index will look for (after stop words are dropped). */
export function searchableTerms(query: string): string[] {
  return MiniSearch.getDefault('tokenize')(query)
    .map((token: string) => processTerm(token))
    .filter((term: string | null): term is string => term !== null);
}

/**
 * Answers a parsed query: every word must match (allowing prefixes and small typos); when no
 * page has them all, pages with any of them, said as such.
 */
export function runSearch(index: MiniSearch<SearchDoc>, query: ParsedSearchQuery): SearchOutcome {
  const base = {
    query: query.text,
    truncated: query.truncated,
    partial: false,
    total: 0,
    hits: [],
  };
  if (query.text.length === 0) return { ...base, status: 'empty' };
  if (searchableTerms(query.text).length === 0) return { ...base, status: 'no-words' };

  let results = index.search(query.text, { combineWith: 'AND' });
  let partial = false;
  if (results.length === 0) {
    results = index.search(query.text, { combineWith: 'OR' });
    partial = results.length > 0;
  }
  if (results.length === 0) return { ...base, status: 'none' };
  return {
    ...base,
    status: 'results',
    partial,
    total: results.length,
    hits: results.slice(0, MAX_HITS).map(toHit),
  };
}

function toHit(result: SearchResult) {
  const stored = StoredSchema.parse(result);
  return {
    id: String(result.id),
    kind: stored.kind,
    title: stored.title,
    url: stored.url,
    snippet: snippetOf(stored.text, result.terms, stored.summary),
  };
}
