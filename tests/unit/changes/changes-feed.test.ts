// @vitest-environment jsdom
// jsdom's DOMParser reads the feed as XML, strictly: a stray < or & would be a parse error.
import { describe, expect, it } from 'vitest';
import { siteChanges } from '@/lib/changes/change-lists';
import { changesFeed, escapeXml } from '@/lib/changes/changes-feed';
import { FIXTURE_CHANGE_LOG } from '../../fixtures/site-text';

const ATOM = 'http://www.w3.org/2005/Atom';
const SITE = 'https://needlewise.example';

const changes = siteChanges([
  {
    title: 'Alpha & Beta <compared>',
    path: '/guides/alpha-beta',
    changes: [
      { date: '2026-01-10', kind: 'new', text: 'First published.' },
      { date: '2026-04-02', kind: 'correction', text: 'Fewer than 1 in 5 (<20%) & not “most”.' },
    ],
  },
  {
    title: 'Gamma',
    path: '/therapies/gamma',
    changes: [{ date: '2026-03-15', kind: 'update', text: 'A section on costs.' }],
  },
]);

function parsedFeed() {
  const xml = changesFeed({
    siteUrl: SITE,
    title: FIXTURE_CHANGE_LOG.feed.title,
    author: FIXTURE_CHANGE_LOG.feed.author,
    kinds: FIXTURE_CHANGE_LOG.kinds,
    changes,
  });
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return { xml, feed: doc.documentElement };
}

const child = (parent: Element, name: string) =>
  Array.from(parent.children).filter((el) => el.namespaceURI === ATOM && el.localName === name);
const text = (parent: Element, name: string) => child(parent, name)[0]?.textContent ?? null;
const links = (parent: Element) =>
  child(parent, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('href')]);

describe('the changes feed', () => {
  it('is an Atom feed with an id, a title, the newest change as updated, an author and its links', () => {
    const { feed } = parsedFeed();
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(text(feed, 'id')).toBe('https://needlewise.example/changes');
    expect(text(feed, 'title')).toBe('Fixture feed');
    expect(text(feed, 'updated')).toBe('2026-04-02T00:00:00Z');
    expect(text(child(feed, 'author')[0]!, 'name')).toBe('Fixture editors');
    expect(links(feed)).toEqual([
      ['self', 'https://needlewise.example/changes.xml'],
      ['alternate', 'https://needlewise.example/changes'],
    ]);
  });

  it('has one entry per change, newest first, each with id, title, updated, link and content', () => {
    const entries = child(parsedFeed().feed, 'entry');
    expect(
      entries.map((entry) => [
        text(entry, 'id'),
        text(entry, 'title'),
        text(entry, 'updated'),
        links(entry),
        text(entry, 'content'),
      ]),
    ).toEqual([
      [
        'https://needlewise.example/changes#guides-alpha-beta-2',
        'Fixed: Alpha & Beta <compared>',
        '2026-04-02T00:00:00Z',
        [['alternate', 'https://needlewise.example/guides/alpha-beta']],
        'Fewer than 1 in 5 (<20%) & not “most”.',
      ],
      [
        'https://needlewise.example/changes#therapies-gamma-1',
        'Updated: Gamma',
        '2026-03-15T00:00:00Z',
        [['alternate', 'https://needlewise.example/therapies/gamma']],
        'A section on costs.',
      ],
      [
        'https://needlewise.example/changes#guides-alpha-beta-1',
        'Added: Alpha & Beta <compared>',
        '2026-01-10T00:00:00Z',
        [['alternate', 'https://needlewise.example/guides/alpha-beta']],
        'First published.',
      ],
    ]);
  });

  it('escapes < and & in the XML it writes, so the text reads back as written', () => {
    const { xml } = parsedFeed();
    expect(xml).toContain('Fixed: Alpha &amp; Beta &lt;compared&gt;');
    expect(xml).toContain('Fewer than 1 in 5 (&lt;20%) &amp; not “most”.');
    expect(xml).not.toContain('<compared>');
  });

  it('refuses to build a feed with no changes, which would have no updated date', () => {
    expect(() =>
      changesFeed({
        siteUrl: SITE,
        title: 't',
        author: 'a',
        kinds: FIXTURE_CHANGE_LOG.kinds,
        changes: [],
      }),
    ).toThrow('The changes feed needs at least one change');
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters and drops characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });
});
