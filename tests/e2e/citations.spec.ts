import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const BRADY_WORDS =
  '“39 physiotherapists participated and 1463 (19.18%) mild AEs were reported in 7629 treatments with TrP-DN.”';

/**
 * The paragraph on the dry needling page that gives the survey's rate, and the citation number of
 * the rate itself (the same paragraph also cites where the survey was done).
 */
function rateCitation(page: import('@playwright/test').Page) {
  return page
    .locator('p', { hasText: 'about 19 mild side effects for every 100 treatments' })
    .locator('sup.cite a[href$="#brady-2014--mild-rate"]');
}

test.describe('citations without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a citation number is a link to the quoted words on /sources', async ({ page }) => {
    await page.goto('/therapies/dry-needling');
    const link = rateCitation(page);
    await expect(link).toHaveText(/^\[\d+\]$/);
    await expect(link).not.toHaveAttribute('aria-expanded');
    await link.click();
    await expect(page).toHaveURL(/\/sources#brady-2014--mild-rate$/);
    const quote = page.locator('#brady-2014--mild-rate');
    await expect(quote.locator('blockquote')).toHaveText(BRADY_WORDS);
    await expect(quote).toContainText('How sure we are: High');
    await expect(quote).toContainText('Statements that rely on these words:');
    await expect(quote).toContainText(
      'They reported about 19 mild side effects for every 100 treatments.',
    );
  });

  test('every citation number on every article leads to quoted words on /sources', async ({
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
        expect(href, path).toMatch(/^\/sources#[a-z0-9-]+--[a-z0-9-]+$/);
        targets.add(href.slice('/sources#'.length));
      }
    }
    await page.goto('/sources');
    for (const id of targets) {
      const words = page.locator(`[id="${id}"] blockquote`);
      await expect(words, id).toHaveCount(1);
      await expect(words, id).toHaveText(/^“.+”$/);
    }
  });

  test('/sources shows a source without quotes as further reading only', async ({ page }) => {
    await page.goto('/sources');
    const entry = page.locator('[data-source-id="nccih-acupuncture"]');
    await expect(entry).toContainText('We do not quote this page');
    await expect(entry).toContainText('Further reading on: Acupuncture');
    await expect(entry.locator('blockquote')).toHaveCount(0);
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

  test('a comparison cell shows what the sources say on demand', async ({ page }) => {
    await page.goto('/compare');
    const cell = page.locator(
      'tr[data-aspect="commonSideEffects"] td[data-therapy="dry-needling"]',
    );
    const details = cell.locator('details.sources-say');
    await expect(details.locator('li').first()).toBeHidden();
    await details.locator('summary').click();
    await expect(details.getByText(BRADY_WORDS)).toBeVisible();
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
    await expect(panel).toContainText(BRADY_WORDS);
    await expect(panel.getByRole('link', { name: 'About this source' })).toHaveAttribute(
      'href',
      '/sources#brady-2014--mild-rate',
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
});
