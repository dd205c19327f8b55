import type { Change, ChangeKind } from '../schemas/changes';

export const CHANGES_PATH = '/changes';
export const CHANGES_FEED_PATH = '/changes.xml';

/** How many of its latest changes a page shows; /changes lists them all. */
export const PAGE_CHANGES_SHOWN = 3;

/** One change as a page or the feed shows it: where it sits in its file's list, and its page. */
export interface PageChange extends Change {
  /** Its place in the file's list (oldest first), so its anchor and feed id never move. */
  index: number;
}

export interface SiteChange extends PageChange {
  page: { title: string; path: string };
  /** The change's own anchor on /changes. */
  anchor: string;
}

/** Newest first; on the same day, the line written later in the file first. */
export function newestFirst(changes: readonly Change[]): PageChange[] {
  return changes
    .map((change, index) => ({ ...change, index }))
    .sort((a, b) => (a.date === b.date ? b.index - a.index : a.date < b.date ? 1 : -1));
}

/** The page's latest changes, newest first, for its "what changed" box. */
export const latestChanges = (changes: readonly Change[], count = PAGE_CHANGES_SHOWN) =>
  newestFirst(changes).slice(0, count);

/** The date of the page's newest change: its dateModified. */
export function lastChanged(changes: readonly Change[]): string | undefined {
  return changes.reduce<string | undefined>(
    (latest, change) => (latest === undefined || change.date > latest ? change.date : latest),
    undefined,
  );
}

/** A change's anchor on /changes, from its page's path and its place in the file. */
export const changeAnchor = (path: string, index: number) =>
  `${path === '/' ? 'home' : path.replace(/^\//, '').replace(/\//g, '-')}-${index + 1}`;

/** Every change on the site, newest first; same-day changes keep their page order. */
export function siteChanges(
  pages: readonly { title: string; path: string; changes: readonly Change[] }[],
): SiteChange[] {
  const all = pages.flatMap((page, pageIndex) =>
    page.changes.map((change, index) => ({
      ...change,
      index,
      pageIndex,
      page: { title: page.title, path: page.path },
      anchor: changeAnchor(page.path, index),
    })),
  );
  return all
    .sort((a, b) => {
      if (a.date !== b.date) return a.date < b.date ? 1 : -1;
      if (a.pageIndex !== b.pageIndex) return a.pageIndex - b.pageIndex;
      return b.index - a.index;
    })
    .map(({ pageIndex, ...change }) => {
      void pageIndex;
      return change;
    });
}

export type ChangeKindLabels = Readonly<Record<ChangeKind, string>>;
