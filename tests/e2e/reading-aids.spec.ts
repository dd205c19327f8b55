import { expect, test } from '@playwright/test';
import { pdfPages } from './pdf-text';

const ARTICLES = [
  '/therapies/dry-needling',
  '/therapies/acupuncture',
  '/guides/which-is-right-for-you',
  '/guides/safety-and-regulation',
  '/guides/your-first-session',
  '/guides/questions-to-ask',
];

test.describe('reading aids without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ARTICLES) {
    test(`${path}: contents, linkable headings, reading time and related links all resolve`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const targets = await toc
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(targets.length).toBeGreaterThanOrEqual(3);
      for (const target of targets) {
        expect(target).toMatch(/^#/);
        await expect(page.locator(`[id="${target?.slice(1)}"]`), `${path} ${target}`).toHaveCount(
          1,
        );
      }
      // Every section heading of the article links to itself, and the contents list them all.
      // (Care cards also use h2, without an id: they are callouts, not sections.)
      const h2s = page.locator('.prose h2[id]');
      await expect(h2s).toHaveCount(targets.filter((target) => target !== '#references').length);
      const headingLinks = await h2s.evaluateAll((headings) =>
        headings.map((heading) => [
          heading.id,
          heading.querySelector('a.heading-link')?.getAttribute('href'),
        ]),
      );
      for (const [id, href] of headingLinks) {
        expect(href).toBe(`#${id}`);
        expect(targets).toContain(`#${id}`);
      }
      await expect(page.locator('.review-meta')).toContainText(/about \d+ min/);

      const related = page.getByRole('region', { name: 'Related reading' });
      const hrefs = await related
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThanOrEqual(2);
      expect(hrefs).not.toContain(path);
      for (const href of hrefs)
        expect((await request.get(href ?? '/missing')).status(), href ?? '').toBe(200);
      // Print and Share need JavaScript: without it they are not shown at all.
      await expect(page.getByRole('button', { name: /print|share|copy link/i })).toHaveCount(0);
    });
  }

  test('following a contents link moves to that section', async ({ page }) => {
    await page.goto('/guides/safety-and-regulation');
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Serious risks' })
      .click();
    await expect(page).toHaveURL(/#serious-risks$/);
    await expect(page.getByRole('heading', { name: 'Serious risks' })).toBeInViewport();
  });

  test('guides link to the previous and next guide in order', async ({ page }) => {
    await page.goto('/guides/which-is-right-for-you');
    const pager = page.getByRole('navigation', { name: 'More guides' });
    await expect(pager.getByRole('link', { name: /Previous guide/ })).toHaveCount(0);
    await pager.getByRole('link', { name: /Next guide/ }).click();
    await expect(page).toHaveURL(/\/guides\/safety-and-regulation$/);
    await page
      .getByRole('navigation', { name: 'More guides' })
      .getByRole('link', { name: /Next guide/ })
      .click();
    await expect(page).toHaveURL(/\/guides\/your-first-session$/);
    await page
      .getByRole('navigation', { name: 'More guides' })
      .getByRole('link', { name: /Previous guide/ })
      .click();
    await expect(page).toHaveURL(/\/guides\/safety-and-regulation$/);
    await page.goto('/therapies/acupuncture');
    await expect(page.getByRole('navigation', { name: 'More guides' })).toHaveCount(0);
  });
});

test.describe('print and share', () => {
  for (const [path, title] of [
    ['/therapies/acupuncture', 'Acupuncture'],
    ['/guides/questions-to-ask', 'Questions to ask before you book'],
  ] as const) {
    test(`${path} prints without site chrome and with source addresses`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const selector of [
        'header[role="banner"]',
        'footer nav',
        '.page-tools',
        '.toc',
        '.related-reading',
      ]) {
        const elements = await page.locator(selector).all();
        // On screen each of these is there; in print, every one of them is hidden.
        expect(elements.length, `${selector} on screen`).toBeGreaterThan(0);
        for (const element of elements) await expect(element, selector).toBeHidden();
      }
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('#references')).toBeVisible();
      const after = await page
        .locator('#references + ol a[data-external]')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
      expect(after).toMatch(/https:\/\//);
      // Paper is printed with the light palette even when the screen is dark.
      const ink = await page.locator('body').evaluate((body) => getComputedStyle(body).color);
      expect(ink).toBe('rgb(0, 0, 0)');
      const breaks = await page
        .locator('.prose h2')
        .first()
        .evaluate((h) => getComputedStyle(h).breakAfter);
      expect(breaks).toBe('avoid');
      // The printed pages themselves: the title, the references with their addresses, and none of
      // the site's navigation or buttons.
      const printed = (await pdfPages(await page.pdf({ format: 'A4' }))).join(' ');
      expect(printed).toContain(title);
      expect(printed).toContain('References');
      expect(printed).toMatch(/https:\/\/\S+/);
      for (const chrome of [
        'Skip to main content',
        'On this page',
        'Related reading',
        // The buttons' words ("Print this page" is also a sentence in the questions guide).
        'Share this page',
        'Copy link to this page',
      ])
        expect(printed, chrome).not.toContain(chrome);
    });
  }

  test('Print opens the print dialog', async ({ page }) => {
    await page.goto('/guides/questions-to-ask');
    await page.evaluate(() => {
      window.print = () => Object.assign(window, { printed: true });
    });
    await page.getByRole('button', { name: 'Print this page' }).click();
    expect(await page.evaluate(() => 'printed' in window)).toBe(true);
  });

  test('Share copies the link where there is no share sheet, and says so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
    await page.goto('/therapies/dry-needling');
    await page.getByRole('button', { name: 'Copy link to this page' }).click();
    await expect(page.locator('.page-tools [role="status"]')).toHaveText(/Link copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/therapies\/dry-needling$/,
    );
  });

  test('Share uses the share sheet where the browser has one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => Object.assign(window, { shared: data }),
      });
    });
    await page.goto('/guides/your-first-session');
    await page.getByRole('button', { name: 'Share this page' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url))
      .toMatch(/\/guides\/your-first-session$/);
  });
});
