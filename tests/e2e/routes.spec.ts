import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { browserWalk, sitemapPaths } from './sitemap';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('every page in the sitemap answers 200, has one h1 and no axe violations, light and dark', async ({
  page,
  request,
}) => {
  test.setTimeout(420_000);
  const paths = browserWalk(await sitemapPaths(request));
  expect(paths).toEqual(
    expect.arrayContaining(['/', '/therapies/dry-needling', '/therapies/acupuncture']),
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe(200);
      await expect(page.locator('h1'), `${path} h1 count`).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary, `axe on ${path} (${scheme})`).toEqual([]);
    }
  }
});

// Pages whose reference lists certainly link out: if none of their links are found, the check
// below would pass by finding nothing, so it fails instead.
// A source's own page links to the original; the /sources index links only to those pages.
const LINK_OUT = ['/sources/brady-2014', '/therapies/acupuncture', '/therapies/dry-needling'];

test('every outside link is marked as leaving the site and opens safely', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const paths = browserWalk(await sitemapPaths(request));
  expect(paths).toEqual(expect.arrayContaining(LINK_OUT));
  const found = new Map<string, number>();
  for (const path of paths) {
    await page.goto(path);
    const external = page.locator('a[href^="http"]:not([href^="http://127.0.0.1"])');
    const count = await external.count();
    found.set(path, count);
    for (let index = 0; index < count; index += 1) {
      const link = external.nth(index);
      const href = await link.getAttribute('href');
      await expect(link, `${path} ${href}`).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link, `${path} ${href}`).toContainText('(opens another website)');
    }
  }
  for (const path of LINK_OUT)
    expect(found.get(path), `outside links on ${path}`).toBeGreaterThan(0);
});

test('an unknown address gets the helpful 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can’t find that page/);
  await expect(page.getByRole('link', { name: /Compare the two/ })).toBeVisible();
  const therapy = await page.goto('/therapies/not-a-therapy');
  expect(therapy?.status()).toBe(404);
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
