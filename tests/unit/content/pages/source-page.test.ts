import { describe, expect, it } from 'vitest';
import {
  sourcePageOf,
  sourceQuotesOf,
  sourceUsageOf,
  type SourcePage,
} from '@/lib/content/pages/source-page';
import { routesFor } from '@/lib/content/sitemap-routes';
import { SourceQuotesSchema } from '@/lib/schemas/source-quotes';
import { PAGE_SOURCES, PAGE_USAGE } from '../../../fixtures/source-pages';
import { FIXTURE_SOURCES_TEXT } from '../../../fixtures/sources-text';
import { fixtureSiteText } from '../../../fixtures/site-text';

const text = { sources: FIXTURE_SOURCES_TEXT, sourceDetails: fixtureSiteText().sourceDetails };
// Computed inside each test, so each test runs the code it checks.
const pageOf = (id: string): SourcePage | undefined =>
  sourcePageOf(id, sourceUsageOf(PAGE_USAGE), text);

describe('a source’s own page', () => {
  it('names the source, its publisher with the paper’s authors, its year and both its links', () => {
    const page = pageOf('trial');
    expect(page).toMatchObject({
      title: 'A fixture trial',
      publisher: 'Fixture Journal (Smith J, Jones K)',
      url: 'https://example.org/trial',
      href: '/sources/trial',
      yearText: 'Fixture year 2019.',
      meta: {
        title: 'A fixture trial',
        description: 'Fixture words from A fixture trial (Fixture Journal).',
        path: '/sources/trial',
      },
    });
    expect(page?.trail).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Fixture sources', path: '/sources' },
      { name: 'A fixture trial', path: '/sources/trial' },
    ]);
  });

  it('gives each quote its anchor, when it was checked, how sure we are and the copy it was read in', () => {
    const [finding, copied] = pageOf('trial')?.quotes ?? [];
    expect(finding).toMatchObject({
      anchor: 'finding',
      legacyAnchor: 'trial--finding',
      text: 'Fixture finding words.',
      checked: '2026-11-29',
      checkedText: 'November 29, 2026',
      howSure: 'Fixture sure: Fixture high.',
    });
    expect(finding?.seenInCopy).toBeUndefined();
    expect(copied).toMatchObject({
      anchor: 'copied',
      legacyAnchor: 'trial--copied',
      checkedText: 'October 1, 2026',
      howSure: 'Fixture sure: Fixture medium.',
      seenInCopy: 'Fixture copy on mirror.example.org.',
    });
  });

  it('links each quote back to the statements that rest on it', () => {
    const [finding, copied] = pageOf('trial')?.quotes ?? [];
    expect(finding?.statements).toEqual([
      { href: '/guides/g', label: 'Guide G', statement: 'Needles are thin.' },
    ]);
    expect(copied?.statements).toEqual([
      { href: '/glossary#word', label: 'Fixture glossary: Word', statement: 'Word: A fixture word.' },
    ]);
  });

  it('lists every page that cites the source, and the articles listing it for further reading', () => {
    expect(pageOf('trial')?.citedOn).toEqual([
      { label: 'Guide G', href: '/guides/g' },
      { label: 'Fixture condition Knee', href: '/conditions/knee' },
      { label: 'Fixture glossary: Word', href: '/glossary#word' },
    ]);
    expect(pageOf('trial')?.furtherReadingOn).toEqual([]);
    const rule = pageOf('cover-rule');
    expect(rule?.quotes).toEqual([]);
    expect(rule?.citedOn).toEqual([]);
    expect(rule?.furtherReadingOn).toEqual([{ label: 'Guide G', href: '/guides/g' }]);
  });

  it('is undefined for an id no source has, so the route answers 404', () => {
    expect(pageOf('no-such-source')).toBeUndefined();
    expect(sourceQuotesOf('no-such-source', PAGE_SOURCES)).toBeUndefined();
  });
});

describe('a source’s quote data (/sources/<id>/quotes.json)', () => {
  it('has the shape the citation popovers read, with each quote’s anchor and copy', () => {
    const data = sourceQuotesOf('trial', PAGE_SOURCES);
    expect(SourceQuotesSchema.parse(data)).toEqual({
      id: 'trial',
      title: 'A fixture trial',
      publisher: 'Fixture Journal',
      url: 'https://example.org/trial',
      href: '/sources/trial',
      quotes: [
        {
          id: 'finding',
          anchor: 'finding',
          text: 'Fixture finding words.',
          confidence: 'high',
          checked: '2026-11-29',
        },
        {
          id: 'copied',
          anchor: 'copied',
          text: 'Fixture copied words.',
          confidence: 'medium',
          checked: '2026-10-01',
          seenAt: 'http://www.mirror.example.org/copy',
        },
      ],
    });
  });

  it('is an empty list of quotes for a source read only for further reading', () => {
    expect(sourceQuotesOf('cover-rule', PAGE_SOURCES)?.quotes).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('has a page per source, dated by its newest quote check', () => {
    const routes = routesFor([], [], [], PAGE_SOURCES);
    expect(routes.filter((route) => route.path.startsWith('/sources/'))).toEqual([
      { path: '/sources/alpha-leaflet' },
      { path: '/sources/trial', lastModified: '2026-11-29' },
      { path: '/sources/cover-rule' },
      { path: '/sources/nccih-page' },
      { path: '/sources/cleveland-page' },
    ]);
  });
});
