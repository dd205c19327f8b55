import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

// The survey's words as content/sources.json holds them. A citation opens them in a <q>, whose
// quotation marks the browser draws; the page's own HTML carries no quote text at all.
const BRADY_WORDS =
  '39 physiotherapists participated and 1463 (19.18%) mild AEs were reported in 7629 treatments with TrP-DN.';
const BRADY_ANCHOR = '/sources/brady-2014#mild-rate';
// What content/site-text.yaml (evidence.cite) says when a quote cannot be fetched.
const FAILED_WORDS = 'We could not load the words just now.';

/**
 * The paragraph on the dry needling page that gives the survey's rate, and the citation number of
 * the rate itself (the same paragraph also cites where the survey was done).
 */
function rateCitation(page: import('@playwright/test').Page) {
  return page
    .locator('p', { hasText: 'about 19 mild side effects for every 100 treatments' })
    .locator(`sup.cite a[href="${BRADY_ANCHOR}"]`);
}

test.describe('citations without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a citation number is a link to the quote on its source’s page', async ({ page }) => {
    await page.goto('/therapies/dry-needling');
    await expect(page.getByText(BRADY_WORDS)).toHaveCount(0);
    const link = rateCitation(page);
    await expect(link).toHaveText(/^\[\d+\]$/);
    await expect(link).toHaveAttribute('href', BRADY_ANCHOR);
    await expect(link).not.toHaveAttribute('aria-expanded');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${BRADY_ANCHOR}$`));
    await expect(page.locator('[id="mild-rate"]')).toContainText(BRADY_WORDS);
  });

  test('every citation number on every article leads to its quote on the source’s page', async ({
    page,
    request,
  }) => {
    const paths = (await sitemapPaths(request)).filter((path) =>
      /^\/(therapies|guides)\//.test(path),
    );
    expect(paths.length).toBeGreaterThanOrEqual(6);
    const targets = new Set<string>();
    for (const path of paths) {
      await page.goto(path);
      const hrefs = await page
        .locator('sup.cite a, sup.source-cite a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length, path).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href, path).toMatch(/^\/sources\/[a-z0-9-]+#[a-z0-9-]+$/);
        targets.add(href);
      }
    }
    // One visit per source page, checking every anchor the articles link to on it.
    const bySource = new Map<string, string[]>();
    for (const target of targets) {
      const [path = '', anchor = ''] = target.split('#');
      bySource.set(path, [...(bySource.get(path) ?? []), anchor]);
    }
    for (const [path, anchors] of bySource) {
      await page.goto(path);
      for (const anchor of anchors) {
        const quote = page.locator(`[id="${anchor}"] :is(q, blockquote)`).first();
        await expect(quote, `${path}#${anchor}`).toHaveText(/\S/);
      }
    }
  });

  test('no article page carries quote text: its references name each source once', async ({
    page,
  }) => {
    await page.goto('/therapies/dry-needling');
    await expect(page.locator('q, blockquote')).toHaveCount(0);
    const entry = page.locator('#references + ol > li#ref-brady-2014');
    await expect(entry).toHaveCount(1);
    await expect(entry.locator('a[href="/sources/brady-2014"]')).toHaveCount(1);
    await expect(entry).not.toContainText('19.18%');
  });

  test('a source without quotes is, on its own page, further reading only', async ({ page }) => {
    await page.goto('/sources/nccih-acupuncture');
    const main = page.getByRole('main');
    await expect(main).toContainText('We do not quote this page');
    await expect(main).toContainText('Listed for further reading on');
    await expect(main.getByRole('link', { name: 'Acupuncture', exact: true })).toHaveAttribute(
      'href',
      '/therapies/acupuncture',
    );
    await expect(main.locator('blockquote')).toHaveCount(0);
  });

  test('each therapy page ends with its NCCIH and Cleveland Clinic pages to read next', async ({
    page,
  }) => {
    await page.goto('/therapies/acupuncture');
    const reading = page.getByRole('region', { name: 'Further reading' });
    await expect(
      reading.getByRole('link', { name: /Acupuncture: What You Need To Know/ }),
    ).toHaveAttribute('href', 'https://www.nccih.nih.gov/health/acupuncture-what-you-need-to-know');
    await expect(
      reading.getByRole('link', { name: /^Acupuncture\s+\(opens another website\)$/ }),
    ).toHaveAttribute('href', 'https://my.clevelandclinic.org/health/treatments/4767-acupuncture');
    // Spanish-language help for readers who prefer it (MedlinePlus en español).
    await expect(
      reading.getByRole('link', { name: /^Acupuntura\s+\(opens another website\)$/ }),
    ).toHaveAttribute('href', 'https://medlineplus.gov/spanish/acupuncture.html');
    await page.goto('/therapies/dry-needling');
    await expect(
      page
        .getByRole('region', { name: 'Further reading' })
        .getByRole('link', { name: /^Dry Needling\s+\(opens another website\)$/ }),
    ).toHaveAttribute(
      'href',
      'https://my.clevelandclinic.org/health/treatments/16542-dry-needling',
    );
  });

  test('a comparison cell’s “What the sources say” links to each quote', async ({ page }) => {
    await page.goto('/compare');
    const cell = page.locator(
      'tr[data-aspect="commonSideEffects"] td[data-therapy="dry-needling"]',
    );
    const details = cell.locator('details.sources-say');
    await details.locator('summary').click();
    await expect(details.locator(`a[href="${BRADY_ANCHOR}"]`)).toBeVisible();
    await expect(details).not.toContainText('19.18%');
  });
});

test.describe('citations with JavaScript', () => {
  test('a citation number shows its quote in place, and Escape hides it', async ({ page }) => {
    await page.goto('/therapies/dry-needling');
    const link = rateCitation(page);
    await expect(link).toHaveAttribute('aria-expanded', 'false');
    await link.click();
    await expect(page).toHaveURL(/\/therapies\/dry-needling$/);
    await expect(link).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`[id="${await link.getAttribute('aria-controls')}"]`);
    await expect(panel.locator('q')).toHaveText(BRADY_WORDS);
    await expect(panel.locator('q')).toHaveAttribute('cite', /^https:\/\//);
    await expect(panel.getByRole('link', { name: 'About this source' })).toHaveAttribute(
      'href',
      BRADY_ANCHOR,
    );
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(link).toBeFocused();
  });

  test('works by keyboard alone: Enter opens, the Hide button closes', async ({ page }) => {
    await page.goto('/therapies/dry-needling');
    const link = rateCitation(page);
    // Before hydration Enter follows the link to /sources (the no-JavaScript path).
    await expect(link).toHaveAttribute('aria-expanded', 'false');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(link).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'About this source' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(link).toHaveAttribute('aria-expanded', 'false');
    await expect(link).toBeFocused();
  });

  test('a tap on a phone shows the quote in place', async ({ browser }) => {
    const context = await browser.newContext({
      hasTouch: true,
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    await page.goto('/therapies/dry-needling');
    const link = rateCitation(page);
    await expect(link).toHaveAttribute('aria-expanded', 'false');
    await link.tap();
    await expect(page.getByText(BRADY_WORDS).first()).toBeVisible();
    await context.close();
  });

  test('a comparison cell’s fold fetches and shows the words when opened', async ({ page }) => {
    await page.goto('/compare');
    const details = page
      .locator('tr[data-aspect="commonSideEffects"] td[data-therapy="dry-needling"]')
      .locator('details.sources-say');
    await details.locator('summary').click();
    await expect(details.locator('q', { hasText: BRADY_WORDS })).toBeVisible();
  });

  test('when the quotes cannot be fetched, the number says so and still links to the source', async ({
    page,
  }) => {
    await page.route('**/sources/*/quotes.json', (route) => route.abort());
    await page.goto('/therapies/dry-needling');
    const link = rateCitation(page);
    await expect(link).toHaveAttribute('aria-expanded', 'false');
    await link.click();
    const panel = page.locator(`[id="${await link.getAttribute('aria-controls')}"]`);
    await expect(panel.getByRole('alert')).toContainText(FAILED_WORDS);
    await expect(panel.getByRole('link', { name: 'About this source' })).toHaveAttribute(
      'href',
      BRADY_ANCHOR,
    );
  });
});
