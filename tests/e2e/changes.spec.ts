import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './sitemap';

interface FeedSummary {
  namespace: string | null;
  root: string;
  errors: number;
  feed: Record<'id' | 'title' | 'updated' | 'author', string | null>;
  links: { rel: string | null; href: string | null }[];
  entries: {
    id: string | null;
    title: string | null;
    updated: string | null;
    link: string | null;
    content: string | null;
  }[];
}

/** The feed parsed by the browser's own XML parser, as plain values. */
async function parseFeed(page: Page, xml: string): Promise<FeedSummary> {
  return page.evaluate((source) => {
    const ATOM = 'http://www.w3.org/2005/Atom';
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const root = doc.documentElement;
    const kids = (parent: Element, name: string) =>
      Array.from(parent.children).filter((el) => el.namespaceURI === ATOM && el.localName === name);
    const text = (parent: Element, name: string) => kids(parent, name)[0]?.textContent ?? null;
    return {
      namespace: root.namespaceURI,
      root: root.localName,
      errors: doc.getElementsByTagName('parsererror').length,
      feed: {
        id: text(root, 'id'),
        title: text(root, 'title'),
        updated: text(root, 'updated'),
        author: kids(root, 'author')[0] ? text(kids(root, 'author')[0]!, 'name') : null,
      },
      links: kids(root, 'link').map((link) => ({
        rel: link.getAttribute('rel'),
        href: link.getAttribute('href'),
      })),
      entries: kids(root, 'entry').map((entry) => ({
        id: text(entry, 'id'),
        title: text(entry, 'title'),
        updated: text(entry, 'updated'),
        link: kids(entry, 'link')[0]?.getAttribute('href') ?? null,
        content: text(entry, 'content'),
      })),
    };
  }, xml);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

test('/changes.xml is a valid Atom feed whose every entry links to a page that exists', async ({
  page,
  request,
}) => {
  const response = await request.get('/changes.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml; charset=utf-8$/);
  const feed = await parseFeed(page, await response.text());
  expect(feed.errors).toBe(0);
  expect([feed.namespace, feed.root]).toEqual(['http://www.w3.org/2005/Atom', 'feed']);
  expect(feed.feed.id).toMatch(/^https?:\/\/.+\/changes$/);
  expect(feed.feed.title).toBeTruthy();
  expect(feed.feed.updated).toMatch(RFC3339);
  expect(feed.feed.author).toBeTruthy();
  expect(feed.links.map((link) => link.rel)).toEqual(['self', 'alternate']);
  expect(new URL(feed.links[0]!.href!).pathname).toBe('/changes.xml');
  expect(new URL(feed.links[1]!.href!).pathname).toBe('/changes');

  // Every content file has at least one change: two therapies, four guides, eight conditions.
  expect(feed.entries.length).toBeGreaterThanOrEqual(14);
  const ids = new Set<string>();
  const pages = new Set<string>();
  for (const entry of feed.entries) {
    expect(entry.id, JSON.stringify(entry)).toBeTruthy();
    expect(ids.has(entry.id!), `${entry.id} is unique`).toBe(false);
    ids.add(entry.id!);
    expect(entry.title, entry.id!).toMatch(/^(Correction|Update|New page): .+/);
    expect(entry.updated, entry.id!).toMatch(RFC3339);
    expect(entry.content, entry.id!).toBeTruthy();
    pages.add(new URL(entry.link!).pathname);
  }
  // The newest change dates the feed; entries come newest first.
  const dates = feed.entries.map((entry) => entry.updated!);
  expect(feed.feed.updated).toBe(dates[0]);
  expect([...dates].sort().reverse()).toEqual(dates);
  for (const path of pages) {
    expect((await request.get(path)).status(), `${path} (linked from the feed)`).toBe(200);
  }
  expect(pages).toContain('/therapies/acupuncture');
  expect(pages).toContain('/conditions/low-back-pain');
});

test('/changes lists every change newest first, each linking to its page, and readers can find it', async ({
  page,
  request,
}) => {
  expect(await sitemapPaths(request)).toContain('/changes');
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'What we changed' }).click();
  await expect(page).toHaveURL(/\/changes$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What we changed');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/changes\.xml$/,
  );

  const feed = await parseFeed(page, await (await request.get('/changes.xml')).text());
  const items = page.getByTestId('change-list').locator(':scope > li');
  await expect(items).toHaveCount(feed.entries.length);
  const dates = await items
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect([...dates].sort().reverse()).toEqual(dates);
  // The same change, in the same place, on the page and in the feed.
  const first = items.first();
  await expect(first).toHaveAttribute('id', new URL(feed.entries[0]!.id!).hash.slice(1));
  await expect(first).toContainText(feed.entries[0]!.content!);

  const acupuncture = items.filter({
    has: page.getByRole('link', { name: 'Acupuncture', exact: true }),
  });
  await expect(acupuncture.filter({ hasText: 'New page' })).toHaveCount(1);
  await acupuncture.filter({ hasText: 'New page' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/therapies\/acupuncture$/);
});

for (const path of [
  '/therapies/dry-needling',
  '/guides/questions-to-ask',
  '/conditions/low-back-pain',
]) {
  test(`${path} shows what changed on it, newest first, and dates its JSON-LD by the newest change`, async ({
    page,
  }) => {
    await page.goto(path);
    const box = page.getByRole('region', { name: 'What changed on this page' });
    const items = box.getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
    await expect(items.last()).toContainText(count < 3 ? 'New page' : /Correction|Update|New page/);
    const dates = await items
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(box.getByRole('link', { name: 'Every change to this site' })).toHaveAttribute(
      'href',
      '/changes',
    );

    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const nodes = scripts.flatMap(
      (text) => (JSON.parse(text) as { '@graph': Record<string, unknown>[] })['@graph'],
    );
    const webPage = nodes.find((node) => node['@type'] === 'MedicalWebPage');
    expect(webPage?.dateModified).toBe(dates[0]);
    // No real page has had a clinical review: none is shown or published.
    await expect(page.getByTestId('review-record')).toContainText(
      'Not yet reviewed by a clinician.',
    );
    expect(webPage).not.toHaveProperty('reviewedBy');
    expect(webPage).not.toHaveProperty('lastReviewed');
  });
}

// routes.spec.ts checks every sitemap page; this checks the new parts on their own, quickly.
test('/changes and a page’s change box have no axe violations, light and dark', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [path, scope] of [
      ['/changes', 'body'],
      ['/conditions/low-back-pain', '[data-testid="page-changes"]'],
      ['/guides/questions-to-ask', '[data-testid="page-changes"]'],
    ] as const) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).include(scope).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
        `axe on ${path} (${scheme})`,
      ).toEqual([]);
    }
  }
});
