export const MAX_QUERY_LENGTH = 100;

export interface ParsedQuery {
  /** Cleaned text, at most MAX_QUERY_LENGTH characters (code points, so no emoji is cut in half). */
  text: string;
  truncated: boolean;
}

// Control and format characters (including bidi overrides) have no business in a query and can
// make the echoed text read differently from what was typed; U+FFFD is what broken
// percent-encoding (`%E0%A4%A`) decodes to, and is noise too.
const INVISIBLE = /[\p{Cc}\p{Cf}\uFFFD]/gu;

/** Turns whatever arrived in `?q=` (absent, repeated, huge, odd) into a query we can answer. */
export function parseSearchQuery(
  input: string | readonly string[] | null | undefined,
): ParsedQuery {
  const first = typeof input === 'string' ? input : (input?.[0] ?? '');
  const cleaned = first.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_QUERY_LENGTH) return { text: cleaned, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: true };
}
