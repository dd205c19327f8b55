import { readFileSync } from 'node:fs';
import path from 'node:path';
import type MiniSearch from 'minisearch';
import { loadSearchIndex, runSearch } from './engine';
import type { ParsedSearchQuery } from './query';
import type { SearchDoc, SearchOutcome } from './schema';

/** Written by scripts/build-search-index.ts after `contentlayer2 build`, read by the server. */
export const SEARCH_INDEX_FILE = path.join('.contentlayer', 'search-index.json');

let cached: MiniSearch<SearchDoc> | undefined;

/** The site's index, loaded once per server process from the file the build wrote. */
export function siteIndex(): MiniSearch<SearchDoc> {
  if (!cached) {
    const file = path.join(process.cwd(), SEARCH_INDEX_FILE);
    let json: string;
    try {
      json = readFileSync(file, 'utf8');
    } catch {
      throw new Error(
        `No search index at ${file}: run \`npm run content\` (or \`npm run build\`) first.`,
      );
    }
    cached = loadSearchIndex(json);
  }
  return cached;
}

export const searchSite = (query: ParsedSearchQuery): SearchOutcome =>
  runSearch(siteIndex(), query);
