import type { Segment } from './schema';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any of the terms at the start of a word, and the rest of that word. */
function termPattern(terms: readonly string[]): RegExp | null {
  const usable = [...new Set(terms.filter((term) => term.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
}

/** Splits text into plain and marked runs; rendered as text and <mark>, never as HTML. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const pattern = termPattern(terms);
  if (!pattern || text.length === 0) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * A short window of `text` around the first matched word, with every match marked. Falls back to
 * `fallback` (the summary) when the words matched only the title or keywords.
 */
export function snippetOf(
  text: string,
  terms: readonly string[],
  fallback: string,
  maxLength = 200,
): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return highlight(flat, terms);
  const pattern = termPattern(terms);
  const first = pattern ? pattern.exec(flat) : null;
  if (!first) return highlight(clip(fallback.replace(/\s+/g, ' ').trim(), 0, maxLength), terms);
  // Start a little before the match so the reader sees it in context.
  return highlight(clip(flat, Math.max(0, first.index - 60), maxLength), terms);
}

function clip(text: string, from: number, maxLength: number): string {
  let start = from;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space - start > 20 ? start : space + 1;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + maxLength / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
