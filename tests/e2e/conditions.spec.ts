import { expect, test, type Page } from '@playwright/test';

const THERAPIES = ['Acupuncture', 'Dry needling'];
const CONDITIONS = [
  'Fibromyalgia',
  'Knee osteoarthritis',
  'Low back pain',
  'Migraine',
  'Myofascial pain (trigger points)',
  'Neck pain',
  'Shoulder pain',
  'Tension-type headache',
];

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('“I have neck pain”: one click from the home page shows both therapies, research, guidelines, warning signs and cost', async ({
    page,
  }) => {
    await page.goto('/');
    const problems = page.getByRole('region', { name: 'Compare for your problem' });
    await problems.getByRole('link', { name: 'Neck pain', exact: true }).first().click();
    await expect(page).toHaveURL(/\/conditions\/neck-pain$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Neck pain: Acupuncture and dry needling compared',
    );
    const redFlags = page.getByRole('region', {
      name: /^Urgent advice: See your doctor first, before any needling: Neck pain with these signs/,
    });
    await expect(redFlags).toContainText('New pain, tingling, numbness or weakness');
    const table = page.getByRole('table', { name: 'Acupuncture and dry needling for neck pain' });
    await expect(table.getByRole('columnheader')).toHaveText(THERAPIES);
    await expect(table.locator('tbody th[scope="row"] > span:first-child')).toHaveText([
      'What research found',
      'What guidelines say',
      'Cost and insurance',
      'How many sessions',
    ]);
    // Red flags come before the comparison.
    const flagsTop = (await redFlags.boundingBox())?.y ?? Infinity;
    const tableTop = (await table.boundingBox())?.y ?? -Infinity;
    expect(flagsTop).toBeLessThan(tableTop);
    await expect(
      table.locator('tr[data-row="research"] td[data-therapy="dry-needling"]'),
    ).toContainText('Unclear or mixed: size not reported, short-term, certainty not stated');
    // The review pooled sham with other controls: the page says it cannot speak to sham alone.
    await expect(
      table.locator('tr[data-row="research"] td[data-therapy="dry-needling"]'),
    ).toContainText('cannot say whether dry needling beats sham alone');
    await expect(
      table.locator('tr[data-row="coverage"] td[data-therapy="acupuncture"]'),
    ).toContainText('Medicare does not cover acupuncture or dry needling for this problem');
    // Without JavaScript each citation number is a link to the quote on its source's own page,
    // where the source's words stand in a blockquote (the page itself carries no quote text).
    const firstCite = table.locator('sup.source-cite a').first();
    const target = await firstCite.getAttribute('href');
    expect(target).toMatch(/^\/sources\/[a-z0-9-]+#[a-z0-9-]+$/);
    await firstCite.click();
    const anchor = new URL(page.url()).hash;
    await expect(page.locator(`${anchor} blockquote`)).toBeVisible();
  });

  test('/conditions lists every problem and shows the evidence map as a real table', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const response = await page.goto('/conditions');
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('condition-list').getByRole('link')).toHaveText(CONDITIONS);
    const map = page.getByRole('table', { name: /^Evidence map/ });
    await expect(map.getByRole('columnheader')).toHaveText(['Problem', ...THERAPIES]);
    await expect(map.getByRole('rowheader')).toHaveText(CONDITIONS);
    const cell = map.locator('tr[data-condition="low-back-pain"] td[data-therapy="acupuncture"] a');
    await expect(cell).toHaveText('Better than sham: small, certainty not stated');
    await expect(cell).toHaveAttribute('href', '/conditions/low-back-pain#therapy-acupuncture');
    await expect(
      map.locator('tr[data-condition="migraine"] td[data-therapy="dry-needling"]'),
    ).toHaveText('No good studies found');
    await expect(page.getByRole('heading', { name: 'How we rate the research' })).toBeVisible();
    await expect(page.getByTestId('rating-rule')).toContainText(
      'Findings the reviewers rated very low certainty do not count toward a better rating.',
    );
  });

  test('guidelines: one we could only read about is named as such; none we could check is said plainly', async ({
    page,
  }) => {
    await page.goto('/conditions/migraine');
    const migraine = page.getByRole('table', { name: /for migraine$/ });
    await expect(
      migraine.locator('tr[data-row="guidelines"] td[data-therapy="acupuncture"]'),
    ).toContainText('NICE, guideline CG150 (England): Says it may be considered.');
    await page.goto('/conditions/knee-osteoarthritis');
    const knee = page.getByRole('table', { name: /for knee osteoarthritis$/ });
    await expect(
      knee.locator('tr[data-row="guidelines"] td[data-therapy="dry-needling"]'),
    ).toContainText('We found no guideline we could check.');
    await expect(
      knee.locator('tr[data-row="guidelines"] td[data-therapy="acupuncture"]'),
    ).toContainText('American Academy of Orthopaedic Surgeons (AAOS) (US): Does not recommend it.');
  });

  test('at 320 px the evidence map and a condition page fit without sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    for (const path of ['/conditions', '/', '/conditions/low-back-pain']) {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
    }
  });

  test('printed, the evidence map keeps every rating in words', async ({ page }) => {
    await page.goto('/conditions');
    await page.emulateMedia({ media: 'print' });
    const map = page.getByRole('table', { name: /^Evidence map/ });
    await expect(map).toBeVisible();
    await expect(map.locator('td')).toHaveCount(CONDITIONS.length * THERAPIES.length);
    for (const cell of await map.locator('td').all()) {
      await expect(cell).toBeVisible();
      expect((await cell.innerText()).trim().length).toBeGreaterThan(0);
    }
  });

  test('an unknown condition is a 404 with links back', async ({ page }) => {
    const response = await page.goto('/conditions/gout');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: /Compare for your problem/ })).toHaveAttribute(
      'href',
      '/conditions',
    );
    await expect(page.getByRole('link', { name: /^Home/ })).toBeVisible();
  });

  test('a condition page tells search engines it is a medical page about a condition', async ({
    page,
  }) => {
    await page.goto('/conditions/low-back-pain');
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const nodes = scripts.flatMap(
      (text) => (JSON.parse(text) as { '@graph': Record<string, unknown>[] })['@graph'],
    );
    const webPage = nodes.find((node) => node['@type'] === 'MedicalWebPage');
    expect(webPage?.about).toMatchObject({ '@type': 'MedicalCondition', name: 'Low back pain' });
    const crumbs = (webPage?.breadcrumb as { itemListElement: { name: string }[] }).itemListElement;
    expect(crumbs.map((crumb) => crumb.name)).toEqual(['Home', 'Health problems', 'Low back pain']);
  });

  test('the helper answers for every therapy for a chosen problem, with its red flags', async ({
    page,
  }) => {
    await page.goto('/which-is-right-for-me?show=answer&bother=fibromyalgia');
    const findings = page.getByTestId('helper-findings');
    await expect(findings).toContainText('These are research findings, not a promise');
    await expect(findings.locator('[data-therapy]')).toHaveCount(2);
    await expect(findings.locator('[data-therapy="acupuncture"]')).toContainText(
      'Better than no treatment or usual care (not shown against sham): size not reported, short-term, low certainty',
    );
    await expect(findings.locator('[data-therapy="dry-needling"]')).toContainText(
      'Unclear or mixed',
    );
    await expect(page.getByTestId('helper-red-flags')).toContainText(
      'Call 911 (US), 999 (UK), 112 (EU)',
    );
    // The choices come from the condition files.
    await expect(page.getByRole('radio', { name: 'Shoulder pain' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Fibromyalgia' })).toBeChecked();
  });

  test('search finds a condition page first for the problem’s name', async ({ page }) => {
    await page.goto('/search?q=neck+pain');
    const first = page
      .getByRole('list', { name: 'Search results' })
      .locator(':scope > li')
      .first()
      .getByRole('link');
    await expect(first).toHaveAttribute('href', '/conditions/neck-pain');
  });
});
