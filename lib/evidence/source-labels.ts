import type { Source } from '../schemas/source';
import type { SiteText } from '../schemas/site-text';

/** Source id → "Title (publisher)", with the publisher's short name before any bracketed long form. */
export function sourceLabels(
  sources: readonly Pick<Source, 'id' | 'title' | 'publisher'>[],
): Record<string, string> {
  return Object.fromEntries(
    sources.map((source) => [source.id, `${source.title} (${source.publisher.split(' (')[0]})`]),
  );
}

/** The site-text words that say when a source is from and where we read it (content/site-text.yaml). */
export type SourceDetailWords = SiteText['sourceDetails'];

/** "From 2013." or "From about 2020." in the editor's words; undefined when the source shows no year. */
export function sourceYearText(
  source: Pick<Source, 'year' | 'yearApproximate'>,
  words: SourceDetailWords,
): string | undefined {
  if (source.year === undefined) return undefined;
  const template = source.yearApproximate ? words.yearApproximate : words.year;
  return template.replaceAll('{year}', String(source.year));
}

/**
 * Says that a quote's words were read in a copy, naming the copy's host so the record stays
 * checkable, in words that do not present the copy as the source.
 */
export function seenInCopyText(seenAt: string, words: SourceDetailWords): string {
  const host = new URL(seenAt).hostname.replace(/^www\./, '');
  return words.seenInCopy.replaceAll('{host}', host);
}
