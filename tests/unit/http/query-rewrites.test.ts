import { describe, expect, it } from 'vitest';
import { entriesToQuery, helperEntries } from '@/lib/helper/helper-query';
import { decodeQueryKey, encodeQueryKey } from '@/lib/http/query-key';
import { queryRewrite, selectionRedirect } from '@/lib/http/query-rewrites';
import { parseSearchQuery, searchKeyText } from '@/lib/search/query';

const rewrite = (path: string) => {
  const url = new URL(path, 'http://localhost');
  return queryRewrite(url.pathname, url.searchParams);
};

describe('query keys', () => {
  it('round-trip any text as a segment of letters, digits, - and _ only', () => {
    for (const value of ['needle', '../../etc', 'a/b?c#d', '%ZZ', '😀', '', ['a', 'b']]) {
      const key = encodeQueryKey(value);
      expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeQueryKey(key)).toEqual(value);
    }
  });

  it('refuse a key it did not write', () => {
    expect(decodeQueryKey('')).toBeUndefined();
    expect(decodeQueryKey('not/base64')).toBeUndefined();
    expect(decodeQueryKey('bm90IGpzb24')).toBeUndefined(); // "not json"
    expect(decodeQueryKey('a'.repeat(5000))).toBeUndefined();
  });
});

describe('queryRewrite', () => {
  it('leaves pages without the query they read to their prerendered file', () => {
    expect(rewrite('/compare')).toBeNull();
    expect(rewrite('/search')).toBeNull();
    expect(rewrite('/search?q=')).toBeNull();
    expect(rewrite('/search?q=%20%20')).toBeNull();
    expect(rewrite('/which-is-right-for-me')).toBeNull();
    expect(rewrite('/which-is-right-for-me?utm_source=x')).toBeNull();
    expect(rewrite('/therapies/acupuncture?therapies=a,b')).toBeNull();
  });

  it('sends a selection, a search and the helper’s answers to their cached routes', () => {
    expect(rewrite('/compare?therapies=b,a')).toBe(`/compare/choose/${encodeQueryKey(['b,a'])}`);
    expect(rewrite('/compare?therapies=a&therapies=b')).toBe(
      `/compare/choose/${encodeQueryKey(['a', 'b'])}`,
    );
    expect(rewrite('/search?q=dry%20%20needling&q=other')).toBe(
      `/search/results/${encodeQueryKey('dry needling')}`,
    );
    expect(rewrite('/which-is-right-for-me?show=answer&x=1&safety=a&safety=b')).toBe(
      `/which-is-right-for-me/answer/${encodeQueryKey([
        ['show', 'answer'],
        ['safety', 'a'],
        ['safety', 'b'],
      ])}`,
    );
  });

  it('keys a long search by what it would search for, and still says it was cut', () => {
    const long = 'needle '.repeat(40);
    const text = searchKeyText(long);
    expect(Array.from(text)).toHaveLength(101);
    expect(parseSearchQuery(text)).toEqual(parseSearchQuery(long));
    expect(parseSearchQuery(text).truncated).toBe(true);
  });

  it('keeps a selection that is too long to read too long, without carrying all of it', () => {
    const key =
      rewrite(`/compare?therapies=${'a,'.repeat(400)}`)
        ?.split('/')
        .pop() ?? '';
    const value = decodeQueryKey(key);
    expect(typeof value).toBe('string');
    expect(String(value)).toHaveLength(401);
  });

  it('keeps only the helper’s own answers, each cut to a length past any id', () => {
    const params = new URLSearchParams(`bother=${'x'.repeat(500)}&tracking=1&want=targeted`);
    const entries = helperEntries(params);
    expect(entries).toEqual([
      ['bother', 'x'.repeat(100)],
      ['want', 'targeted'],
    ]);
    expect(entriesToQuery([...entries, ['safety', 'a'], ['safety', 'b']])).toEqual({
      bother: 'x'.repeat(100),
      want: 'targeted',
      safety: ['a', 'b'],
    });
  });
});

describe('selectionRedirect', () => {
  // Fixture therapies, not the site's: the rule is what is tested, not today's content.
  const choices = [
    { slug: 'cupping', name: 'Cupping' },
    { slug: 'dry-needling', name: 'Dry needling' },
    { slug: 'acupuncture', name: 'Acupuncture' },
  ];
  const redirect = (path: string) => {
    const url = new URL(path, 'http://localhost');
    return selectionRedirect(url.pathname, url.searchParams, choices);
  };

  it('sends two therapies to their pair, in the order chosen, however the form wrote them', () => {
    expect(redirect('/compare?therapies=acupuncture,dry-needling')).toBe(
      '/compare/acupuncture-vs-dry-needling',
    );
    expect(redirect('/compare?therapies=dry-needling&therapies=acupuncture')).toBe(
      '/compare/dry-needling-vs-acupuncture',
    );
    expect(redirect('/compare?therapies=%20cupping%20,acupuncture')).toBe(
      '/compare/cupping-vs-acupuncture',
    );
  });

  it('sends every therapy at once to /compare itself', () => {
    expect(redirect('/compare?therapies=acupuncture,cupping,dry-needling')).toBe('/compare');
  });

  it('leaves anything with a problem to the choice page and its message', () => {
    for (const path of [
      '/compare?therapies=acupuncture',
      '/compare?therapies=acupuncture,acupuncture',
      '/compare?therapies=acupuncture,reiki',
      '/compare?therapies=acupuncture,<b>',
      `/compare?therapies=${'a,'.repeat(400)}`,
    ]) {
      expect(redirect(path), path).toBeNull();
    }
  });

  it('ignores an empty entry, as the choice page does', () => {
    expect(redirect('/compare?therapies=acupuncture,cupping,')).toBe(
      '/compare/acupuncture-vs-cupping',
    );
  });

  it('only reads /compare, and only when it is asked for therapies', () => {
    expect(redirect('/compare')).toBeNull();
    expect(redirect('/search?therapies=acupuncture,cupping')).toBeNull();
    expect(redirect('/compare/acupuncture-vs-cupping?therapies=acupuncture,cupping')).toBeNull();
  });
});
