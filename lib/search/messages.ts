import { fillText } from '../site/fill-template';
import type { SearchText } from '../schemas/text/search-text';
import { MAX_QUERY_LENGTH } from './query';
import type { SearchOutcome } from './schema';

/**
 * The one sentence that says what the search found (or why it found nothing), read aloud live,
 * in the words of content/site-text.yaml `search.outcome`.
 */
export function outcomeMessage(outcome: SearchOutcome, words: SearchText['outcome']): string {
  const capped = outcome.truncated ? `${fillText(words.capped, { max: MAX_QUERY_LENGTH })} ` : '';
  const query = outcome.query;
  switch (outcome.status) {
    case 'empty':
      return words.empty;
    case 'no-words':
      return `${capped}${fillText(words.noWords, { query })}`;
    case 'none':
      return `${capped}${fillText(words.none, { query })}`;
    case 'results': {
      const count = outcome.total;
      const found = fillText(count === 1 ? words.resultOne : words.resultMany, { count, query });
      const partial = outcome.partial ? ` ${words.partial}` : '';
      const shown =
        outcome.total > outcome.hits.length
          ? ` ${fillText(words.shown, { count: outcome.hits.length })}`
          : '';
      return `${capped}${found}${partial}${shown}`;
    }
  }
}
