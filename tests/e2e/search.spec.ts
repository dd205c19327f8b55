import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, label).toEqual([]);
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /./ }).first();
const results = (page: Page) =>
  page.getByRole('list', { name: 'Search results' }).locator(':scope > li');

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form on any page leads to server-rendered results', async ({ page }) => {
    await page.goto('/therapies/dry-needling');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('acupunture');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=acupunture$/);
    await expect(status(page)).toContainText('results for “acupunture”');
    const first = results(page).first();
    await expect(first.getByRole('link')).toHaveText('Acupuncture');
    await expect(first.getByRole('link')).toHaveAttribute('href', '/therapies/acupuncture');
    await expect(first).toContainText('Therapy');
    await expect(first.locator('mark').first()).toHaveText(/acupuncture/i);
  });

  test('finds all five kinds: therapy, guide, health problem, glossary and comparison', async ({
    page,
  }) => {
    await page.goto('/search?q=acupuncture');
    const kinds = await results(page).evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-kind')),
    );
    expect(new Set(kinds)).toEqual(
      new Set(['therapy', 'guide', 'condition', 'comparison', 'glossary']),
    );
    const labels = await results(page).evaluateAll((items) =>
      items.map((item) => item.querySelector('p')?.textContent),
    );
    expect(new Set(labels)).toEqual(
      new Set(['Therapy', 'Guide', 'Health problem', 'Comparison', 'Glossary']),
    );
    await page.goto('/search?q=trigger+point');
    await expect(results(page).first().getByRole('link')).toHaveText('Trigger point');
    await expect(results(page).first()).toContainText('Glossary');
    await page.goto('/search?q=dry+needling');
    await expect(results(page).first()).toHaveAttribute('data-kind', 'therapy');
    await expect(results(page).first().getByRole('link')).toHaveText('Dry needling');
  });

  // Each odd query's message is tested on the parser, the index and the messages
  // (tests/unit/search/search-query.test.ts, tests/unit/search/search-index.test.ts); bad encoding on every page
  // in resilience.spec.ts. This is what a reader sees when the query is markup.
  test('a query of markup is shown back as text, never as markup', async ({ page }) => {
    const response = await page.goto('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(response?.status()).toBe(200);
    await expect(status(page)).toHaveText(/“<script>alert\(1\)<\/script>”/);
    await expect(page.locator('main script, main img')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  });

  test('the JSON endpoint answers odd queries too', async ({ request }) => {
    for (const raw of ['%E0%A4%A', '%', '%25', 'a'.repeat(500)]) {
      const response = await request.get(`/api/search?q=${raw}`);
      expect(response.status(), raw).toBe(200);
      expect(['empty', 'no-words', 'none', 'results']).toContain((await response.json()).status);
    }
  });
});

test.describe('search with JavaScript', () => {
  // axe runs as a page script, so it needs JavaScript; the markup it checks is the server's.
  test('no axe violations with and without results, light and dark', async ({ page }) => {
    test.setTimeout(180_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/search', '/search?q=needle', '/search?q=zzzzqqq']) {
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${scheme})`);
      }
    }
  });

  test('results update as you type, without a page load, and are announced', async ({ page }) => {
    await page.goto('/search');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    // A screen reader announces changes only inside a live region that was already there: mark the
    // status line that exists before typing, and expect the answer to appear in that same element.
    const live = page.locator('main [role="status"]');
    await expect(live).toHaveCount(1);
    await live.evaluate((element) => element.setAttribute('data-present-before-typing', ''));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page
      .getByRole('searchbox', { name: /search for a word/i })
      .pressSequentially('acupunture', { delay: 30 });
    await expect(status(page)).toContainText('results for “acupunture”');
    await expect(results(page).first().getByRole('link')).toHaveText('Acupuncture');
    await expect(page).toHaveURL(/\/search\?q=acupunture$/);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    // Debounced small JSON answers, never the index itself.
    const searches = requests.filter((url) => url.includes('/api/search'));
    expect(searches.length).toBeGreaterThanOrEqual(1);
    expect(searches.length).toBeLessThan(5);
    expect(requests.some((url) => url.includes('search-index'))).toBe(false);
    await expect(page.locator('[data-present-before-typing]')).toContainText(
      'results for “acupunture”',
    );

    await page.getByRole('searchbox', { name: /search for a word/i }).fill('<script>');
    await expect(status(page)).toContainText('“<script>”');
    await page.getByRole('searchbox', { name: /search for a word/i }).fill('');
    await expect(status(page)).toContainText('Type a word or two');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  });

  test('pressing Enter searches in place', async ({ page }) => {
    await page.goto('/search?q=qi');
    await expect(results(page).first().getByRole('link')).toHaveText('Qi');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const box = page.getByRole('searchbox', { name: /search for a word/i });
    await box.fill('license');
    await box.press('Enter');
    await expect(status(page)).toContainText('for “license”');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await expectNoAxeViolations(page, 'live results');
  });
});
