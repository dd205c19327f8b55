import {
  CHANGES_FEED_PATH,
  CHANGES_PATH,
  type ChangeKindLabels,
  type SiteChange,
} from './change-lists';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** Text for XML: the five special characters escaped, and control characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all, even escaped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const atomDate = (iso: string) => `${iso}T00:00:00Z`;

export interface ChangesFeedInput {
  /** The site's address, without a trailing slash (lib/site/site-url.ts). */
  siteUrl: string;
  title: string;
  author: string;
  kinds: ChangeKindLabels;
  /** Every change, newest first (lib/changes/change-lists.ts siteChanges). */
  changes: readonly SiteChange[];
}

/**
 * The site's changes as an Atom feed (RFC 4287). Each entry's id is the change's own anchor on
 * /changes, which never moves (a file's list only grows at the end); its link is the changed page.
 */
export function changesFeed({ siteUrl, title, author, kinds, changes }: ChangesFeedInput): string {
  const updated = changes.reduce(
    (latest, change) => (change.date > latest ? change.date : latest),
    '',
  );
  if (updated === '') throw new Error('The changes feed needs at least one change');
  const url = (path: string) => escapeXml(`${siteUrl}${path}`);
  const entries = changes.map((change) =>
    [
      '  <entry>',
      `    <id>${url(`${CHANGES_PATH}#${change.anchor}`)}</id>`,
      `    <title type="text">${escapeXml(`${kinds[change.kind]}: ${change.page.title}`)}</title>`,
      `    <updated>${atomDate(change.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${url(change.page.path)}"/>`,
      `    <category term="${change.kind}" label="${escapeXml(kinds[change.kind])}"/>`,
      `    <content type="text">${escapeXml(change.text)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${url(CHANGES_PATH)}</id>`,
    `  <title type="text">${escapeXml(title)}</title>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${escapeXml(author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${url(CHANGES_FEED_PATH)}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(CHANGES_PATH)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
