import { MAX_QUERY_LENGTH } from './query';
import type { SearchOutcome } from './schema';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The one sentence that says what the search found (or why it found nothing), read aloud live. */
export function outcomeMessage(outcome: SearchOutcome): string {
  const capped = outcome.truncated
    ? `Your search was longer than ${MAX_QUERY_LENGTH} characters, so we searched for the first ${MAX_QUERY_LENGTH}. `
    : '';
  const quoted = `“${outcome.query}”`;
  switch (outcome.status) {
    case 'empty':
      return 'Type a word or two, like “trigger point” or “is it safe”, to search every therapy, guide, glossary term and comparison.';
    case 'no-words':
      return `${capped}We could not find any words to search for in ${quoted}. Try letters or numbers, like “needle”.`;
    case 'none':
      return `${capped}Nothing matches ${quoted}. Check the spelling, try a shorter word, or browse the pages below.`;
    case 'results': {
      const found = `${plural(outcome.total, 'result', 'results')} for ${quoted}.`;
      const partial = outcome.partial ? ' No page has every word, so these have some of them.' : '';
      const shown =
        outcome.total > outcome.hits.length ? ` Showing the best ${outcome.hits.length}.` : '';
      return `${capped}${found}${partial}${shown}`;
    }
  }
}
