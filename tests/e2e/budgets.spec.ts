import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { budgetFor } from '@/lib/perf/budgets';
import { describePart, gzipBytes, pageParts } from '@/lib/perf/page-parts';
import { MIN_QUOTE_WORDS, quotesCarried, type QuoteText } from '@/lib/perf/quote-text';
import { SourceRegistrySchema } from '@/lib/schemas/source';
import { sitemapPaths } from './sitemap';

// Issue 19's byte budgets. `next start` gzips HTML (Next's `compress`, the `compression`
// middleware at zlib's default level 6, no brotli), so a page is measured as the gzip, at the
// default level, of the HTML the server sends. Byte sizes do not vary run to run: a test is right.

const KB = 1024;
const PAYLOAD = 'React payload (inline self.__next_f.push scripts)';
const SOURCE_PAGE = /^\/sources\/[^/]+$/;

interface Page {
  path: string;
  html: string;
}

async function fetchPages(request: APIRequestContext): Promise<Page[]> {
  const paths = await sitemapPaths(request);
  const pages: Page[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), `${path} status`).toBe(200);
    pages.push({ path, html: await response.text() });
  }
  return pages;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** One line per page for the report: size against budget, and the React payload's share. */
function measureLine({ path, html }: Page): string {
  const size = gzipBytes(html);
  const budget = budgetFor(path);
  const payload = pageParts(html).find((part) => part.name === PAYLOAD);
  const share = payload ? Math.round((100 * payload.rawBytes) / Buffer.byteLength(html)) : 0;
  const mark = size > budget.kilobytes * KB ? 'OVER' : 'ok';
  return `${mark.padEnd(4)} ${path.padEnd(48)} ${kb(size).padStart(9)} gzip, budget ${budget.kilobytes} KB, ${kb(Buffer.byteLength(html)).padStart(9)} raw, React payload ${share}% of raw`;
}

/** Why a page is over its budget (lib/perf/budgets.ts), with its three biggest parts; undefined when it fits. */
function overBudget({ path, html }: Page): string | undefined {
  const size = gzipBytes(html);
  const budget = budgetFor(path);
  if (size <= budget.kilobytes * KB) return undefined;
  const parts = pageParts(html)
    .slice(0, 3)
    .map((part) => `\n    ${describePart(part)}`)
    .join('');
  return `${path} is ${kb(size)} gzip, over the ${budget.kilobytes} KB budget of ${budget.kind}. Biggest parts:${parts}`;
}

function registryQuotes(): QuoteText[] {
  const raw: unknown = JSON.parse(readFileSync('content/sources.json', 'utf8'));
  const registry = SourceRegistrySchema.parse((raw as { sources: unknown }).sources);
  // A quote whose words are the source's own title (brady-2014's "survey" quotes the paper's
  // title) is not quote text on other pages: reference lists name every source by its title.
  return registry.flatMap((source) =>
    (source.quotes ?? [])
      .filter((quote) => quote.text !== source.title)
      .map((quote) => ({ anchor: `${source.id}--${quote.id}`, text: quote.text })),
  );
}

/** The quotes a page other than a source's own carries, as one line; undefined when none. */
function quoteLeak({ path, html }: Page, quotes: QuoteText[]): string | undefined {
  if (SOURCE_PAGE.test(path)) return undefined;
  const found = quotesCarried(html, quotes);
  if (found.length === 0) return undefined;
  const names = found.map((quote) => quote.anchor);
  const listed = names.slice(0, 5).join(', ');
  const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
  return `${path} carries the exact words of ${found.length} quotes: ${listed}${more}`;
}

test('the server gzips HTML, so pages are measured gzipped', async ({ request }) => {
  const response = await request.get('/', { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBe('gzip');
});

test('every page in the sitemap stays under its HTML gzip budget', async ({
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const pages = await fetchPages(request);
  expect(pages.map((page) => page.path)).toEqual(
    expect.arrayContaining(['/', '/therapies/dry-needling', '/compare', '/sources']),
  );
  const table = pages.map(measureLine).join('\n');
  console.log(`HTML gzip per page (zlib default level):\n${table}`);
  await testInfo.attach('page-weights.txt', { body: table, contentType: 'text/plain' });
  const over = pages.map(overBudget).filter((line) => line !== undefined);
  expect(over, `pages over their HTML gzip budget:\n${over.join('\n')}`).toEqual([]);
});

test(`no page but a source's own page carries a quote's words (quotes of ${MIN_QUOTE_WORDS} words or more)`, async ({
  request,
}) => {
  test.setTimeout(180_000);
  const quotes = registryQuotes();
  expect(quotes.length, 'quotes in content/sources.json').toBeGreaterThan(100);
  const pages = await fetchPages(request);
  const leaks = pages.map((page) => quoteLeak(page, quotes)).filter((line) => line !== undefined);
  expect(leaks, `pages carrying quote text:\n${leaks.join('\n')}`).toEqual([]);
});

test("a source's own page carries its quotes, so the check above can see quote text", async ({
  request,
}) => {
  const quotes = registryQuotes();
  const quote = quotes.find((entry) => entry.anchor === 'cleveland-dry-needling--definition');
  expect(quote, 'the quote this check reads').toBeDefined();
  const response = await request.get('/sources/cleveland-dry-needling');
  expect(response.status()).toBe(200);
  expect(quotesCarried(await response.text(), quote ? [quote] : [])).toEqual([quote]);
});
