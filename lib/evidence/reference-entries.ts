import type { Source } from '../schemas/source';
import { sourcePath } from '../site/paths';
import { sourceYearText, type SourceDetailWords } from './source-labels';

/** One line of a page's numbered source list: the source named once, and never its quotes. */
export interface ReferenceEntry {
  id: string;
  title: string;
  /** The publisher, or a paper's authors and journal. */
  publisher: string;
  /** "From 2013." in the editor's words, when the source shows a year. */
  year?: string;
  /** The publisher's own page. */
  url: string;
  /** The source's page on this site, where its quotes and the pages citing it are. */
  href: string;
}

/**
 * The entries of a numbered source list, in the order of `ids` (the page's citation numbers). A
 * source the registry lacks is a content error the build has already stopped; it is skipped here.
 */
export function referenceEntries(
  ids: readonly string[],
  sources: readonly Source[],
  words: SourceDetailWords,
): ReferenceEntry[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return ids.flatMap((id) => {
    const source = byId.get(id);
    if (!source) return [];
    const year = sourceYearText(source, words);
    return [
      {
        id,
        title: source.title,
        publisher: source.citation ?? source.publisher,
        ...(year ? { year } : {}),
        url: source.url,
        href: sourcePath(id),
      },
    ];
  });
}

/**
 * What citation numbers and printed source lists need of each source: its name and address, never
 * its quotes' words. Only the sources `ids` names, or every source when `ids` is left out.
 */
export function citedSourceNames(
  sources: readonly Pick<Source, 'id' | 'title' | 'publisher' | 'url'>[],
  ids?: readonly string[],
): Record<string, { title: string; publisher: string; url: string }> {
  const wanted = ids && new Set(ids);
  return Object.fromEntries(
    sources
      .filter((source) => !wanted || wanted.has(source.id))
      .map((source) => [
        source.id,
        { title: source.title, publisher: source.publisher, url: source.url },
      ]),
  );
}
