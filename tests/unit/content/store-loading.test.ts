import { describe, expect, it, vi } from 'vitest';
import { ContentError } from '@/lib/content/content-error';

// Contentlayer's output, replaced by a small fixture whose one therapy has a description too long
// for search results: the store must import without complaint and refuse only when asked to load.
vi.mock('#content/generated', async () => {
  const { rawArticle, validProfile, validRawContent } = await import('../../fixtures/raw-content');
  const { fixtureSiteText } = await import('../../fixtures/site-text');
  const { fixtureWarningSigns } = await import('../../fixtures/warning-signs');
  const valid = validRawContent();
  const bookkeeping = { _id: 'fixture', _raw: {}, type: 'Fixture' };
  return {
    allTherapies: [
      rawArticle('therapies', 'alpha', {
        profile: validProfile('Alpha'),
        furtherReading: ['source-a'],
        description: `${'A description that runs on and on. '.repeat(6)}Far too long.`,
      }),
    ],
    allGuides: [],
    allPages: [],
    allConditions: [],
    sourceRegistry: { sources: valid.sources.data },
    glossary: { terms: valid.glossary.data },
    siteText: { ...bookkeeping, ...fixtureSiteText() },
    warningSignLibrary: { ...bookkeeping, ...fixtureWarningSigns() },
    evidenceRule: { ...bookkeeping },
  };
});

describe('the content store', () => {
  it('imports without validating, so a type or a pure helper costs no check', async () => {
    const store = await import('@/lib/content/store');
    expect(typeof store.loadContent).toBe('function');
    expect(typeof store.getTherapies).toBe('function');
  });

  it('throws a ContentError naming the file and field when loaded, and again when asked again', async () => {
    const { loadContent } = await import('@/lib/content/store');
    const problem = {
      file: 'content/therapies/alpha.mdx',
      field: 'description',
      message: 'must be at most 170 characters for search results',
    };
    for (let attempt = 0; attempt < 2; attempt++) {
      let thrown: unknown;
      try {
        loadContent();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ContentError);
      expect((thrown as ContentError).problems).toContainEqual(problem);
      expect((thrown as ContentError).message).toContain(
        'content/therapies/alpha.mdx: description: must be at most 170 characters for search results',
      );
    }
  });

  it('fails a getter the same way, so no page renders from unchecked content', async () => {
    const { getTherapies } = await import('@/lib/content/store');
    expect(() => getTherapies()).toThrow(ContentError);
  });
});
