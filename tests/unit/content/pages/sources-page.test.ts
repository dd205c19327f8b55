import { describe, expect, it } from 'vitest';
import { sourcesIndexOf } from '@/lib/content/pages/sources-page';
import { PAGE_SOURCES } from '../../../fixtures/source-pages';
import { FIXTURE_SOURCES_TEXT } from '../../../fixtures/sources-text';

describe('the /sources index', () => {
  const index = () => sourcesIndexOf(PAGE_SOURCES, FIXTURE_SOURCES_TEXT);

  it('groups sources by kind in the set order, headed in the editor’s words, leaving out empty kinds', () => {
    expect(index().groups.map((group) => [group.kind, group.heading])).toEqual([
      ['patient-information', 'Fixture kind: for patients'],
      ['research', 'Fixture kind: research'],
      ['coverage', 'Fixture kind: cover'],
    ]);
  });

  it('puts NCCIH, then Cleveland Clinic, then the other publishers first inside a kind', () => {
    expect(index().groups[0]?.sources.map((line) => line.id)).toEqual([
      'nccih-page',
      'cleveland-page',
      'alpha-leaflet',
    ]);
  });

  it('gives each line its id as anchor, its title, publisher and page, and no quote text', () => {
    const research = index().groups[1];
    expect(research?.sources).toEqual([
      {
        id: 'trial',
        title: 'A fixture trial',
        publisher: 'Fixture Journal',
        href: '/sources/trial',
      },
    ]);
    expect(JSON.stringify(index())).not.toContain('Fixture finding words.');
  });

  it('lists every source exactly once', () => {
    const ids = index().groups.flatMap((group) => group.sources.map((line) => line.id));
    expect([...ids].sort()).toEqual([
      'alpha-leaflet',
      'cleveland-page',
      'cover-rule',
      'nccih-page',
      'trial',
    ]);
  });

  it('takes its title, intro, link and card from the content, with a breadcrumb home', () => {
    const page = index();
    expect(page.meta).toEqual({
      title: 'Fixture sources',
      description: 'Fixture: every source, one line each.',
      path: '/sources',
    });
    expect(page.intro).toBe('Fixture intro to the sources.');
    expect(page.howWeChoose).toEqual({
      text: 'Fixture: how we choose',
      href: '/about#how-we-source',
    });
    expect(page.card).toEqual({ eyebrow: 'Fixture eyebrow', alt: 'Fixture card' });
    expect(page.trail.map((crumb) => crumb.path)).toEqual(['/', '/sources']);
  });
});
