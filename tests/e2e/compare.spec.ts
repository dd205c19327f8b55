import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THERAPIES = ['Acupuncture', 'Dry needling'];
const ASPECT_COUNT = 12;

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

async function expectAxeClean(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, label).toEqual([]);
}

test.describe('/compare without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('at 1280 px it is one table: therapies as columns, every aspect as a row, every cell cited', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const response = await page.goto('/compare');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Compare acupuncture and dry needling/);
    await expect(page.locator('h1')).toHaveCount(1);
    const table = page.getByRole('table', { name: /compared, aspect by aspect/ });
    await expect(table.getByRole('columnheader')).toHaveText(THERAPIES);
    await expect(table.getByRole('rowheader')).toHaveCount(ASPECT_COUNT);
    const cells = table.locator('td.comparison-cell');
    await expect(cells).toHaveCount(ASPECT_COUNT * THERAPIES.length);
    for (const cell of await cells.all()) {
      await expect(cell).toBeVisible();
      await expect(cell.locator('sup.source-cite a[href^="/sources/"]').first()).toBeVisible();
      // The narrow-layout label stays out of the way when the column headers are showing.
      await expect(cell.locator('.comparison-label')).toBeHidden();
    }
    await expect(page.getByRole('img', { name: /Where the needles go/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test('at 320 px each aspect is a block, every value visible and labelled, nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto('/compare');
    await expectNoSidewaysScroll(page);
    const table = page.getByRole('table', { name: /compared, aspect by aspect/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(ASPECT_COUNT);
    for (const row of await rows.all()) {
      await expect(row.getByRole('rowheader')).toBeVisible();
      const labels = row.locator('td .comparison-label');
      await expect(labels).toHaveText(THERAPIES.map((name) => `${name}:`));
      for (const label of await labels.all()) await expect(label).toBeVisible();
      for (const cell of await row.locator('td').all()) {
        const box = await cell.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
      }
    }
    // Screen readers hear the therapy's name with each value, whatever the table semantics.
    const firstValue = table.locator('td.comparison-cell').first();
    expect(await firstValue.innerText()).toMatch(/^Acupuncture:\s/);
    const illustration = await page
      .getByRole('img', { name: /Where the needles go/ })
      .boundingBox();
    expect(illustration && illustration.width <= 320).toBe(true);
  });

  test('printed, it keeps every cell and lists the sources with their addresses', async ({
    page,
  }) => {
    await page.goto('/compare');
    const printed = page.locator('.comparison .printed-sources');
    await expect(printed).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(printed).toBeVisible();
    const cells = page.locator('td.comparison-cell');
    await expect(cells).toHaveCount(ASPECT_COUNT * THERAPIES.length);
    for (const cell of await cells.all()) await expect(cell).toBeVisible();
    const cited = await page
      .locator('.comparison-table sup.source-cite a')
      .evaluateAll((links) => [
        ...new Set(links.map((link) => (link.getAttribute('href') ?? '').split('#')[0])),
      ]);
    await expect(printed.locator('li')).toHaveCount(cited.length);
    await expect(printed).toContainText('https://www.nccih.nih.gov/health/acupuncture-in-depth');
    await expect(printed).toContainText(
      'https://my.clevelandclinic.org/health/treatments/16542-dry-needling',
    );
    await expect(page.locator('header[role="banner"], .no-print').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  // What each bad selection says is tested on its parser (tests/unit/compare/therapy-selection.test.ts) and
  // what the proxy does with it in tests/unit/http/query-rewrites.test.ts; this is what a reader sees.
  test('a bad selection answers 200 with a clear message, every therapy, and no markup from the address', async ({
    page,
  }) => {
    const response = await page.goto(
      '/compare?therapies=%3Cscript%3Ealert(1)%3C%2Fscript%3E&therapies=x',
    );
    expect(response?.status()).toBe(200);
    const problems = page.getByTestId('choice-problems');
    await expect(problems).toBeVisible();
    await expect(problems).toContainText(
      'The address names a therapy in a form we could not read.',
    );
    await expect(problems).toContainText('“x” is not a therapy on this site.');
    await expect(problems).toContainText('Showing every therapy instead.');
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(THERAPIES);
    // The page's own images are the needle drawing only; nothing from the address becomes markup.
    await expect(
      page.locator(
        'main script:not([type="application/ld+json"]), main img:not([src="/needles.svg"])',
      ),
    ).toHaveCount(0);
    await expect(page.locator('main img')).toHaveCount(1);
    expect((await response?.text()) ?? '').not.toContain('<script>alert');
  });

  test('an empty ?therapies= chooses nothing, so it is the full comparison itself', async ({
    page,
  }) => {
    const response = await page.goto('/compare?therapies=');
    expect(response?.status()).toBe(200);
    expect(await response?.headerValue('cache-control')).toMatch(/^s-maxage=31536000\b/);
    await expect(page.getByTestId('choice-problems')).toHaveCount(0);
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(THERAPIES);
  });

  test('with two therapies there is nothing to choose, so no chooser form', async ({ page }) => {
    await page.goto('/compare');
    await expect(page.locator('form[action="/compare"]')).toHaveCount(0);
  });
});

// The chooser's GET form sends `?therapies=a&therapies=b`; old links send `?therapies=a,b`.
// Either way the reader lands on the pair's prerendered page, in the order asked.
for (const javaScriptEnabled of [false, true]) {
  test.describe(`a selection ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    for (const query of [
      '?therapies=dry-needling,acupuncture',
      '?therapies=dry-needling&therapies=acupuncture',
    ]) {
      test(`/compare${query} lands on /compare/dry-needling-vs-acupuncture`, async ({ page }) => {
        const response = await page.goto(`/compare${query}`);
        await expect(page).toHaveURL(/\/compare\/dry-needling-vs-acupuncture$/);
        expect(response?.status()).toBe(200);
        // The page it lands on is the prerendered file, not a render of the query.
        expect(await response?.headerValue('cache-control')).toMatch(/^s-maxage=31536000\b/);
        expect(response?.request().redirectedFrom()?.url()).toMatch(/\/compare\?therapies=/);
        await expect(page.getByTestId('choice-problems')).toHaveCount(0);
        await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([
          'Dry needling',
          'Acupuncture',
        ]);
        await expect(page).toHaveTitle(/Compare dry needling and acupuncture/);
      });
    }
  });
}

test('the redirect from a selection is permanent and carries the security headers', async ({
  request,
}) => {
  const response = await request.get('/compare?therapies=acupuncture,dry-needling', {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(
    /^(http:\/\/[^/]+)?\/compare\/acupuncture-vs-dry-needling$/,
  );
  expect(response.headers()['content-security-policy']).toBeTruthy();
  // Sent by the proxy, not rendered: one Location (Next's ISR redirect sends two on its first
  // render), cached by a CDN like a result page.
  const locations = response.headersArray().filter(({ name }) => name.toLowerCase() === 'location');
  expect(locations).toHaveLength(1);
  expect(response.headers()['cache-control']).toMatch(
    /^s-maxage=3600, stale-while-revalidate=\d+$/,
  );
  expect(response.headers()['x-nextjs-cache']).toBeUndefined();
});

test.describe('axe on /compare', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 320]) {
      test(`no violations, ${scheme}, ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('/compare');
        await expectAxeClean(page, `/compare ${scheme} ${width}`);
      });
    }
  }

  test('no violations with a problem message showing', async ({ page }) => {
    await page.goto('/compare?therapies=dry-needling,nope');
    await expectAxeClean(page, '/compare with a problem');
  });
});

test.describe('the comparison elsewhere', () => {
  test('the home page shows the five core aspects at a glance and links to /compare', async ({
    page,
  }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /five key differences/ });
    await expect(table.getByRole('rowheader')).toHaveText([
      'Where it comes from',
      'What it aims at',
      'Who provides it',
      'What people use it for',
      'How the needles are used',
    ]);
    await expect(table.getByRole('columnheader')).toHaveText(THERAPIES);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAxeClean(page, `/ ${scheme}`);
    }
    await page.getByRole('link', { name: 'See the full comparison' }).click();
    await expect(page).toHaveURL(/\/compare$/);
  });

  for (const [slug, name] of [
    ['dry-needling', 'Dry needling'],
    ['acupuncture', 'Acupuncture'],
  ] as const) {
    test(`the ${name} page has a key-facts box from its profile, with the illustration`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(`/therapies/${slug}`);
      const box = page.getByRole('complementary', { name: 'Key facts' });
      await expect(box.getByRole('term')).toHaveText([
        'Where it comes from',
        'What it aims at',
        'Who provides it',
        'What people use it for',
        'How the needles are used',
        'Who should take care first',
        'Cost and insurance',
      ]);
      // One definition per term, each citing a source: the loop below then checks all seven.
      await expect(box.getByRole('definition')).toHaveCount(7);
      for (const definition of await box.getByRole('definition').all()) {
        await expect(definition.locator('a[href^="/sources/"]').first()).toBeVisible();
      }
      await expect(box.getByRole('img', { name: /Where the needles go/ })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page, `/therapies/${slug} at 320 px`);
    });
  }
});
