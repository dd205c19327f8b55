// Pages that read a query are prerendered without one; with one, proxy.ts rewrites the request
// to an ISR route whose single path segment carries the query (lib/http/query-key.ts). Pure, so the
// mapping is tested without a server.
import { COMPARE_PATH, selectionPath } from '../compare/pair-paths';
import {
  MAX_SELECTION_LENGTH,
  parseTherapySelection,
  type TherapyChoice,
} from '../compare/therapy-selection';
import { HELPER_PARAMS, helperEntries } from '../helper/helper-query';
import { encodeQueryKey } from './query-key';
import { HELPER_PATH, SEARCH_PATH } from '../site/paths';
import { searchKeyText } from '../search/query';

/** The query parameter(s) each page reads: proxy.ts's matcher lists the same. */
export const QUERY_PARAMS = {
  [COMPARE_PATH]: ['therapies'],
  [SEARCH_PATH]: ['q'],
  [HELPER_PATH]: HELPER_PARAMS,
} as const;

/** `?therapies=` as the page would read it; a list too long to read stays too long, but no longer. */
function selectionKey(params: URLSearchParams): string | string[] {
  const values = params.getAll('therapies');
  const joined = values.join(',');
  return joined.length > MAX_SELECTION_LENGTH ? joined.slice(0, MAX_SELECTION_LENGTH + 1) : values;
}

/**
 * Where a usable `/compare?therapies=…` selection lives (its pair, or `/compare` for every
 * therapy), so the proxy can send the reader there without rendering anything; null for anything
 * else, which the choice page answers with its message. The same reading as that page's.
 */
export function selectionRedirect(
  pathname: string,
  params: URLSearchParams,
  choices: readonly TherapyChoice[],
): string | null {
  if (pathname !== COMPARE_PATH || !params.has('therapies')) return null;
  const selection = parseTherapySelection(selectionKey(params), choices);
  if (selection.problems.length > 0) return null;
  return selectionPath(
    selection.slugs,
    choices.map((choice) => choice.slug),
  );
}

/** How long a CDN may keep a result page or a selection's redirect: Next's ISR policy for them. */
export const RESULT_CACHE_CONTROL = 's-maxage=3600, stale-while-revalidate=31532400';

/**
 * Where a request for `pathname?params` is rendered, or null when the prerendered page answers
 * it as it is (no query it reads, or an empty search).
 */
export function queryRewrite(pathname: string, params: URLSearchParams): string | null {
  if (pathname === COMPARE_PATH && params.has('therapies')) {
    return `${COMPARE_PATH}/choose/${encodeQueryKey(selectionKey(params))}`;
  }
  if (pathname === SEARCH_PATH && params.has('q')) {
    const text = searchKeyText(params.getAll('q'));
    return text === '' ? null : `${SEARCH_PATH}/results/${encodeQueryKey(text)}`;
  }
  if (pathname === HELPER_PATH) {
    const entries = helperEntries(params);
    return entries.length === 0 ? null : `${HELPER_PATH}/answer/${encodeQueryKey(entries)}`;
  }
  return null;
}
