import { describe, expect, it } from 'vitest';
import { canonicalPairPath, findPair, selectionPath, therapyPairs } from '@/lib/compare/pair-paths';

const THREE = ['acupuncture', 'dry-needling', 'electroacupuncture'];

describe('therapyPairs', () => {
  it('gives every ordered pair of different therapies, and nothing else', () => {
    expect(therapyPairs(THREE).map((pair) => pair.pair)).toEqual([
      'acupuncture-vs-dry-needling',
      'acupuncture-vs-electroacupuncture',
      'dry-needling-vs-acupuncture',
      'dry-needling-vs-electroacupuncture',
      'electroacupuncture-vs-acupuncture',
      'electroacupuncture-vs-dry-needling',
    ]);
    expect(therapyPairs(['acupuncture'])).toEqual([]);
  });

  it('finds a pair by lookup, so a slug containing "vs" cannot confuse it', () => {
    const slugs = ['a-vs-b', 'c', 'b-vs-c'];
    expect(findPair(slugs, 'a-vs-b-vs-c')?.slugs).toEqual(['a-vs-b', 'c']);
    expect(findPair(slugs, 'a-vs-b-vs-c-vs-x')).toBeUndefined();
    expect(findPair(THREE, 'acupuncture-vs-acupuncture')).toBeUndefined();
    expect(findPair(THREE, 'acupuncture-vs-cupping')).toBeUndefined();
  });

  it('names one canonical address per unordered pair', () => {
    expect(canonicalPairPath(['dry-needling', 'acupuncture'])).toBe(
      '/compare/acupuncture-vs-dry-needling',
    );
    expect(canonicalPairPath(['acupuncture', 'dry-needling'])).toBe(
      '/compare/acupuncture-vs-dry-needling',
    );
  });
});

describe('selectionPath', () => {
  it('sends two therapies to their pair, in the order chosen', () => {
    expect(selectionPath(['electroacupuncture', 'dry-needling'], THREE)).toBe(
      '/compare/electroacupuncture-vs-dry-needling',
    );
  });

  it('sends every therapy to /compare, in any order', () => {
    expect(selectionPath(['electroacupuncture', 'acupuncture', 'dry-needling'], THREE)).toBe(
      '/compare',
    );
  });

  it('has no page for one therapy, the same one twice, an unknown one, or some of many', () => {
    expect(selectionPath(['acupuncture'], THREE)).toBeNull();
    expect(selectionPath(['acupuncture', 'acupuncture'], THREE)).toBeNull();
    expect(selectionPath(['acupuncture', 'cupping'], THREE)).toBeNull();
    expect(selectionPath(['a', 'b', 'c'], ['a', 'b', 'c', 'd'])).toBeNull();
  });
});

describe('the sitemap', () => {
  it('lists each pair once, at its canonical address', async () => {
    const { routesFor } = await import('@/lib/content/sitemap-routes');
    const therapies = THREE.map((slug) => ({
      slug,
      url: `/therapies/${slug}`,
      lastReviewed: '2026-01-01',
    }));
    const paths = routesFor(therapies, []).map((route) => route.path);
    expect(paths.filter((path) => path.startsWith('/compare/'))).toEqual([
      '/compare/acupuncture-vs-dry-needling',
      '/compare/acupuncture-vs-electroacupuncture',
      '/compare/dry-needling-vs-electroacupuncture',
    ]);
  });
});
