import { describe, expect, it } from 'vitest';
import { loadGuidePage } from '@/lib/content/pages/guide-page';
import { loadTherapyPage } from '@/lib/content/pages/therapy-page';
import { getGuides, getSources, getTherapies } from '@/lib/content/store';

// Every quote's words in the registry: no page's loaded data may carry any of them, since the
// quotes load from each source's own page when a reader asks. Short quotes ("Shortness of breath")
// and quotes of a title are left out: the page says those words in its own right.
const titles = new Set(getSources().map((source) => source.title));
const quoteTexts = getSources().flatMap((source) =>
  (source.quotes ?? [])
    .map((quote) => quote.text)
    .filter((text) => text.split(/\s+/).length >= 8 && ![...titles].some((title) => title.includes(text))),
);

describe('the therapy and guide loaders (one load per route)', () => {
  it('answer undefined for a page that does not exist', () => {
    expect(loadTherapyPage('no-such-therapy')).toBeUndefined();
    expect(loadGuidePage('no-such-guide')).toBeUndefined();
  });

  it('load every therapy and guide page without one word of any quote', () => {
    expect(quoteTexts.length).toBeGreaterThan(10);
    const pages = [
      ...getTherapies().map((therapy) => loadTherapyPage(therapy.slug)),
      ...getGuides().map((guide) => loadGuidePage(guide.slug)),
    ];
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) {
      const data = JSON.stringify({ ...page, keyFacts: undefined });
      const carried = quoteTexts.filter((text) => data.includes(text));
      expect(carried, page?.article.url).toEqual([]);
    }
  });

  it('number a page’s sources as its citations do, each linked to its page here', () => {
    const page = loadTherapyPage('dry-needling');
    expect(page?.references.map((entry) => entry.id)).toEqual(page?.mdx.citations);
    expect(page?.references.length).toBeGreaterThan(3);
    for (const entry of page?.references ?? []) {
      expect(entry.href).toBe(`/sources/${entry.id}`);
      expect(page?.mdx.sources[entry.id]?.title).toBe(entry.title);
    }
  });
});
