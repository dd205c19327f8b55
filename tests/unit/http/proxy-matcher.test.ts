import { describe, expect, it } from 'vitest';
import { QUERY_PARAMS } from '@/lib/http/query-rewrites';
import { config } from '@/proxy';

// Next reads the matcher as a literal, so it cannot be built from QUERY_PARAMS: this keeps the two
// lists the same. A page parameter the matcher misses is never rewritten, and its page answers
// every query as if there were none.
describe("proxy.ts's matcher", () => {
  it('sends a request to the proxy for every query parameter a page reads', () => {
    const expected = Object.entries(QUERY_PARAMS).flatMap(([source, keys]) =>
      keys.map((key) => ({ source, has: [{ type: 'query', key }] })),
    );
    expect(expected).toHaveLength(8);
    for (const entry of expected) expect(config.matcher).toContainEqual(entry);
  });
});
