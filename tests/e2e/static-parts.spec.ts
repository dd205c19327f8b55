import { expect, test, type Page } from '@playwright/test';

// Words the pages show, written here: a heading of the acupuncture page's body and of its
// references, and the home page's first heading.
const BODY_HEADING = 'Who should take care first';
const REFERENCES = 'References';
// The dry needling page's title (a static part) and a heading of its body (another).
const DN_TITLE = 'Dry needling';
const DN_BODY_HEADING = 'How dry needling differs from acupuncture';

/** The React payload Next puts in the page: the strings of its `self.__next_f.push` scripts. */
function reactPayload(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)]
    .map((match) => JSON.parse(match[1] ?? '""') as string)
    .join('');
}

async function waitForHydration(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
}

test('a static part is in the HTML once: not in the React payload', async ({ request }) => {
  const html = await (await request.get('/therapies/acupuncture')).text();
  const payload = reactPayload(html);
  expect(payload.length).toBeGreaterThan(1_000);
  expect(html).toContain(BODY_HEADING);
  expect(payload).not.toContain(BODY_HEADING);
  expect(payload).not.toContain('application/ld+json');
  // What stays in the payload is the part's name, not its words.
  expect(payload).toContain('therapy-body');
});

test('a static part survives hydration, and the citations inside it still open', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/therapies/acupuncture');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: BODY_HEADING })).toBeVisible();
  await expect(page.getByRole('heading', { name: REFERENCES, exact: true })).toBeVisible();
  const first = page.locator('[data-static-part] sup a[data-cite]').first();
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  expect(errors).toEqual([]);
});

test('a client-side navigation fills a static part from the page’s own HTML', async ({ page }) => {
  await page.goto('/compare');
  await waitForHydration(page);
  // Set on this document: a full load would lose it.
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  // The "read more" line under the table is in the React payload: its links navigate on the client.
  await readMoreLink(page).click();
  await expect(page).toHaveURL(/\/therapies\/dry-needling$/);
  await expect(page.getByRole('heading', { level: 1, name: DN_TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { name: DN_BODY_HEADING })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);
});

test('when the page’s HTML cannot be fetched, the address is loaded in full', async ({ page }) => {
  await page.goto('/compare');
  await waitForHydration(page);
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  // Fail the parts' fetch of the page, not the full load that follows. (The router's own request
  // carries `?_rsc=` and an RSC header; the parts' is plain.)
  await page.route(
    (url) => url.pathname === '/therapies/dry-needling' && url.search === '',
    (route) => (route.request().resourceType() === 'fetch' ? route.abort() : route.continue()),
  );
  await readMoreLink(page).click();
  await expect(page.getByRole('heading', { name: DN_BODY_HEADING })).toBeVisible();
  await waitForHydration(page);
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBeUndefined();
});

/** /compare's "Read more about each therapy" link to dry needling, below the table. */
function readMoreLink(page: Page) {
  return page
    .locator('p', { hasText: 'Read more about each therapy' })
    .getByRole('link', { name: 'Dry needling' });
}
