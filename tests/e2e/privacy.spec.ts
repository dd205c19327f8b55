import { expect, test } from '@playwright/test';
import { settle } from './settle';
import { browserWalk, sitemapPaths } from './sitemap';

// Nothing leaves the site: every page, once loaded, scrolled and idle (so prefetches have run),
// has made requests only to its own origin and has set no cookie of any kind.

test('no page requests anything from another origin or sets a cookie', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  page.on('request', (outgoing) => {
    const url = new URL(outgoing.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.origin !== origin) outside.push(`${page.url()} → ${outgoing.url()}`);
  });
  const paths = [...browserWalk(await sitemapPaths(request)), '/no-such-page'];
  for (const path of paths) {
    await page.goto(path);
    await settle(page);
    await page.mouse.wheel(0, 10_000);
    await settle(page);
    expect(await page.evaluate(() => document.cookie), `${path}: document.cookie`).toBe('');
  }
  expect(outside).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('no response sets a cookie, pages or assets', async ({ page }) => {
  const setters: string[] = [];
  page.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header) setters.push(`${response.url()}: ${header}`);
  });
  await page.goto('/');
  await settle(page);
  await page.goto('/therapies/acupuncture');
  await settle(page);
  await page.goto('/search?q=needle');
  await settle(page);
  expect(setters).toEqual([]);
});
