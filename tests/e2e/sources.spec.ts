import { expect, test, type Page } from '@playwright/test';
import { SourceQuotesSchema, type SourceQuotes } from '../../lib/schemas/source-quotes';
import { sitemapPaths } from './sitemap';

const PROXY_MARK = /\bproxy\b/;
const QUOTES_CACHE = 'public, max-age=3600, stale-while-revalidate=86400';
/** The links under "Pages that use this source" (not those listing it for further reading). */
const BACKLINKS = '[aria-labelledby="cited-on"] li a';

/** The source id a link on this site points to: `/sources/<id>…` or the old `/sources#<id>…`. */
const linkedSource = (href: string) =>
  /^\/sources(?:\/|#)([a-z0-9-]+?)(?:--|#|\/|$)/.exec(href)?.[1];

/** Every source id the /sources index lists, in page order. */
async function indexedIds(page: Page): Promise<string[]> {
  await page.goto('/sources');
  return page
    .locator('[data-source-id]')
    .evaluateAll((lines) => lines.map((line) => line.getAttribute('data-source-id') ?? ''));
}

/** The href of every link the selector finds. */
const hrefsOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** The sources a page links to, or only those inside the element its anchor names. */
async function sourcesLinkedFrom(page: Page, href: string): Promise<Set<string>> {
  const [path = '', anchor] = href.split('#');
  const response = await page.goto(path);
  expect(response?.status(), href).toBe(200);
  const scope = anchor ? page.locator(`[id="${anchor}"]`) : page.locator('main');
  const linked = await scope
    .locator('a[href^="/sources"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return new Set(linked.map(linkedSource).filter((found) => found !== undefined));
}

test.describe('/sources, the index', () => {
  test('lists each source once, one line per source, grouped by kind, with no quote text', async ({
    page,
    request,
  }) => {
    const ids = await indexedIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(90);
    expect(new Set(ids).size).toBe(ids.length);
    await expect(page.locator('main h2')).toHaveText([
      'Health information for patients',
      'Guidelines for doctors and therapists',
      'Research studies and reviews',
      'Laws, licences and registers',
      'Insurance and Medicare cover',
      'Professional bodies',
    ]);
    // Each line links to the source's own page and keeps the source's id as its anchor.
    const line = page.locator('[data-source-id="brady-2014"]');
    await expect(line).toHaveAttribute('id', 'brady-2014');
    await expect(line.getByRole('link')).toHaveAttribute('href', '/sources/brady-2014');
    await expect(line).toContainText('Journal of Manual & Manipulative Therapy');
    await expect(page.locator('main blockquote, main q')).toHaveCount(0);

    // No quote's words anywhere in the page as sent, its React payload included.
    const html = await (await request.get('/sources')).text();
    const quotes: SourceQuotes['quotes'] = [];
    for (const id of ['brady-2014', 'nhs-acupuncture', 'westjem-pneumothorax']) {
      const response = await request.get(`/sources/${id}/quotes.json`);
      const data = SourceQuotesSchema.parse(await response.json());
      // A quote of the source's own title (brady-2014 "survey") rightly shows as the line's title.
      quotes.push(...data.quotes.filter((quote) => quote.text !== data.title));
    }
    // Whole quotes, leaving out those with characters HTML or JSON would escape.
    const plain = quotes.filter((quote) => !/["'&<>’]/.test(quote.text));
    expect(plain.length).toBeGreaterThan(10);
    for (const quote of plain) expect(html, quote.anchor).not.toContain(quote.text);
  });

  test('an old link to /sources#<id> or #<id>--<quote> moves on to the source’s page', async ({
    page,
  }) => {
    await page.goto('/sources#brady-2014');
    await expect(page).toHaveURL(/\/sources\/brady-2014$/);
    await expect(page.locator('h1')).toHaveText(
      'Adverse events following trigger point dry needling: a prospective survey of chartered physiotherapists',
    );
    await page.goto('/sources#brady-2014--mild-rate');
    await expect(page).toHaveURL(/\/sources\/brady-2014#mild-rate$/);
    await expect(page.locator('[id="mild-rate"] blockquote')).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('an old /sources#<id> link lands on the source’s line, which links to its page', async ({
      page,
    }) => {
      await page.goto('/sources#westjem-pneumothorax');
      await expect(page).toHaveURL(/\/sources#westjem-pneumothorax$/);
      const line = page.locator('[id="westjem-pneumothorax"]');
      await expect(line).toBeInViewport();
      await line.getByRole('link').click();
      await expect(page).toHaveURL(/\/sources\/westjem-pneumothorax$/);
    });
  });
});

test.describe('/sources/<id>, a source’s own page', () => {
  test('every source has its page; every page citing a source is among its back-links', async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    const ids = await indexedIds(page);
    const sitemap = await sitemapPaths(request);
    const backlinks = new Map<string, string[]>();
    for (const id of ids) {
      expect(sitemap, id).toContain(`/sources/${id}`);
      const response = await page.goto(`/sources/${id}`);
      expect(response?.status(), id).toBe(200);
      backlinks.set(id, await hrefsOf(page, BACKLINKS));
    }
    expect((await request.get('/sources/no-such-source')).status()).toBe(404);

    // Every article and condition page that cites a source is listed on the source's page.
    const pages = sitemap.filter((path) => /^\/(therapies|guides|conditions)\//.test(path));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const path of pages) {
      await page.goto(path);
      const cited = new Set((await hrefsOf(page, 'main a[href^="/sources"]')).map(linkedSource));
      cited.delete(undefined);
      expect(cited.size, path).toBeGreaterThan(0);
      for (const id of cited) expect(backlinks.get(id ?? ''), `${id} → ${path}`).toContain(path);
    }
    // And every glossary definition that cites one, by the definition's own anchor.
    await page.goto('/glossary');
    const terms = await page.locator('dl > div[id]').evaluateAll((entries) =>
      entries.flatMap((entry) =>
        [...entry.querySelectorAll('a[href^="/sources"]')].map((link) => ({
          term: entry.id,
          href: link.getAttribute('href') ?? '',
        })),
      ),
    );
    expect(terms.length).toBeGreaterThan(0);
    for (const { term, href } of terms) {
      expect(backlinks.get(linkedSource(href) ?? ''), `${href} → ${term}`).toContain(
        `/glossary#${term}`,
      );
    }
  });

  test('shows the source, its links, each quote in a blockquote with its own anchor and date', async ({
    page,
  }) => {
    await page.goto('/sources/brady-2014');
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(trail.getByRole('link', { name: 'Sources' })).toHaveAttribute('href', '/sources');
    await expect(trail.locator('[aria-current="page"]')).toContainText('Adverse events');
    const original = page.locator('main a[data-external]').first();
    const url = await original.getAttribute('href');
    expect(url).toMatch(/^https:\/\//);
    const quotes = page.locator('[data-quote-id]');
    await expect(quotes).toHaveCount(7);
    for (const quote of await quotes.all()) {
      const anchor = await quote.getAttribute('data-quote-id');
      await expect(quote, String(anchor)).toHaveAttribute('id', String(anchor));
      // Links made before named the quote #<source>--<quote>; they still land on it.
      await expect(quote.locator(`[id="brady-2014--${anchor}"]`)).toHaveCount(1);
      await expect(quote.locator('blockquote')).toHaveAttribute('cite', String(url));
      await expect(quote.locator('figcaption time')).toHaveAttribute(
        'datetime',
        /^\d{4}-\d{2}-\d{2}$/,
      );
      await expect(quote.locator('figcaption')).toContainText('How sure we are:');
    }
    const mild = page.locator('[id="mild-rate"]');
    await expect(mild).toContainText('Statements that rely on these words');
    await expect(mild.locator('ul a').first()).toHaveAttribute('href', /^\/(therapies|compare)/);
  });

  test('names a copy as a copy, and shows a source we do not quote as further reading', async ({
    page,
  }) => {
    // A quote read in a copy names the copy's host; the source's link stays the publisher's.
    await page.goto('/sources/nhs-acupuncture');
    const copied = page.locator('[data-quote-id] figcaption', { hasText: 'another web address' });
    expect(await copied.count()).toBeGreaterThan(0);
    await expect(copied.first()).toContainText('on patienttalk.org, not at the link above');
    await expect(page.locator('main a[data-external]').first()).toHaveAttribute(
      'href',
      /^https:\/\/www\.nhs\.uk\//,
    );

    await page.goto('/sources/nccih-acupuncture');
    await expect(page.locator('main')).toContainText('We do not quote this page');
    await expect(page.locator('main blockquote')).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: 'Listed for further reading on' }).getByRole('link', {
        name: 'Acupuncture',
        exact: true,
      }),
    ).toHaveAttribute('href', '/therapies/acupuncture');
  });

  test('every back-link lands on a page (or the place its anchor names) that cites the source', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const ids = await indexedIds(page);
    const backlinks: [string, string][] = [];
    for (const id of ids) {
      await page.goto(`/sources/${id}`);
      for (const href of await hrefsOf(page, BACKLINKS)) backlinks.push([id, href]);
    }
    expect(backlinks.length).toBeGreaterThan(100);
    const cites = new Map<string, Set<string>>();
    for (const href of new Set(backlinks.map(([, href]) => href))) {
      cites.set(href, await sourcesLinkedFrom(page, href));
    }
    for (const [id, href] of backlinks) {
      expect(cites.get(href)?.has(id), `${href} should cite ${id}`).toBe(true);
    }
  });
});

test.describe('/sources/<id>/quotes.json', () => {
  test('is the source’s quote data, cached an hour and served without the proxy', async ({
    request,
  }) => {
    const response = await request.get('/sources/westjem-pneumothorax/quotes.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect(response.headers()['cache-control']).toBe(QUOTES_CACHE);
    expect(response.headers()['server-timing'] ?? '').not.toMatch(PROXY_MARK);
    const data: SourceQuotes = SourceQuotesSchema.parse(await response.json());
    expect(data).toMatchObject({
      id: 'westjem-pneumothorax',
      href: '/sources/westjem-pneumothorax',
      url: expect.stringMatching(/^https:\/\//),
    });
    expect(data.quotes.map((quote) => quote.anchor)).toContain('delayed');
    expect((await request.get('/sources/no-such-source/quotes.json')).status()).toBe(404);
  });
});
