export const MAX_QUERY_LENGTH = 100;

export interface ParsedSearchQuery {
  /** Cleaned text, at most MAX_QUERY_LENGTH characters (code points, so no emoji is cut in half). */
  text: string;
  truncated: boolean;
}

// Control and format characters (including bidi overrides) have no business in a query and can
// make the echoed text read differently from what was typed; U+FFFD is what broken
// percent-encoding (`%E0%A4%A`) decodes to, and is noise too.
const INVISIBLE = /[\p{Cc}\p{Cf}\uFFFD]/gu;

const clean = (input: string | readonly string[] | null | undefined) => {
  const first = typeof input === 'string' ? input : (input?.[0] ?? '');
  return first.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
};

/**
 * The shortest text that parses to the same query as `input`: cleaned, and cut one character past
 * the limit so the page still says it was shortened. The key a cached result page is stored under.
 */
export function searchKeyText(input: string | readonly string[] | null | undefined): string {
  return Array.from(clean(input))
    .slice(0, MAX_QUERY_LENGTH + 1)
    .join('');
}

/** Turns whatever arrived in `?q=` (absent, repeated, huge, odd) into a query we can answer. */
export function parseSearchQuery(
  input: string | readonly string[] | null | undefined,
): ParsedSearchQuery {
  const cleaned = clean(input);
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_QUERY_LENGTH) return { text: cleaned, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: true };
}
