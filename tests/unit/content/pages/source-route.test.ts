import { describe, expect, it } from 'vitest';
import SourcePage, { generateStaticParams } from '@/app/sources/[id]/page';
import { GET, generateStaticParams as quoteParams } from '@/app/sources/[id]/quotes.json/route';

const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe('/sources/<id> against the real content', () => {
  it('is prerendered for every source, the page and its quote data alike', () => {
    const ids = generateStaticParams().map((param) => param.id);
    expect(ids).toEqual(expect.arrayContaining(['brady-2014', 'nhs-acupuncture', 'nice-ng193']));
    expect(quoteParams()).toEqual(generateStaticParams());
  });

  it('answers an unknown source id with Next’s not-found (a 404)', async () => {
    await expect(SourcePage(params('no-such-source'))).rejects.toThrow(/404|NOT_FOUND/);
    const response = await GET(new Request('http://localhost/'), params('no-such-source'));
    expect(response.status).toBe(404);
  });

  it('serves a source’s quote data as JSON, cached an hour and refreshed in the background', async () => {
    const response = await GET(new Request('http://localhost/'), params('brady-2014'));
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=3600, stale-while-revalidate=86400',
    );
    const body = (await response.json()) as { href: string; quotes: { anchor: string }[] };
    expect(body.href).toBe('/sources/brady-2014');
    expect(body.quotes.map((quote) => quote.anchor)).toContain('mild-rate');
  });
});
