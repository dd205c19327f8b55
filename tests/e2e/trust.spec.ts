import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Node = Record<string, unknown>;

/** Every JSON-LD node on the page; fails the test if any script does not parse. */
async function jsonLdNodes(page: Page): Promise<Node[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts.length, 'JSON-LD scripts').toBeGreaterThan(0);
  return scripts.flatMap((text) => {
    const data = JSON.parse(text) as Node & { '@graph'?: Node[] };
    expect(data['@context']).toBe('https://schema.org');
    return data['@graph'] ?? [data];
  });
}

async function contentPaths(request: Parameters<typeof sitemapPaths>[0]) {
  const paths = await sitemapPaths(request);
  return {
    therapies: paths.filter((path) => path.startsWith('/therapies/')),
    guides: paths.filter((path) => path.startsWith('/guides/')),
  };
}

test.describe('structured data', () => {
  test('every therapy and guide page has a MedicalWebPage with audience, citations and breadcrumb, and no invented review', async ({
    page,
    request,
  }) => {
    const { therapies, guides } = await contentPaths(request);
    expect(therapies.length).toBeGreaterThanOrEqual(2);
    expect(guides.length).toBeGreaterThanOrEqual(1);
    for (const path of [...therapies, ...guides]) {
      await page.goto(path);
      const nodes = await jsonLdNodes(page);
      const webPage = nodes.find((node) => node['@type'] === 'MedicalWebPage');
      expect(webPage, `${path} MedicalWebPage`).toBeDefined();
      // No page has had a clinical review yet: an editorial check is never published as one.
      await expect(page.getByTestId('review-record')).toContainText(
        'Not yet reviewed by a clinician.',
      );
      expect(webPage, path).not.toHaveProperty('lastReviewed');
      expect(webPage, path).not.toHaveProperty('reviewedBy');
      expect(webPage?.medicalAudience, path).toEqual({ '@type': 'Patient' });
      // Everything in the visible reference list is cited in the structured data too.
      const citedUrls = (webPage?.citation as Node[]).map((citation) => citation.url);
      const referenceUrls = await page
        .locator('#references + ol a[data-external]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(referenceUrls.length, path).toBeGreaterThan(0);
      expect(citedUrls, path).toEqual(expect.arrayContaining(referenceUrls));
      const crumbs = (webPage?.breadcrumb as { itemListElement: Node[] }).itemListElement;
      expect(crumbs.at(-1)?.item, path).toBe(new URL(path, String(crumbs[0]?.item)).href);
      // The same trail is visible on the page.
      const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
      await expect(trail.locator('li')).toHaveCount(crumbs.length);
      await expect(trail.locator('[aria-current="page"]')).toHaveText(String(crumbs.at(-1)?.name));
    }
  });

  test('therapy pages describe the MedicalTherapy with outcomes, precautions and medicine system', async ({
    page,
    request,
  }) => {
    const { therapies } = await contentPaths(request);
    const systems: unknown[] = [];
    for (const path of therapies) {
      await page.goto(path);
      const nodes = await jsonLdNodes(page);
      const therapy = nodes.find((node) => node['@type'] === 'MedicalTherapy');
      expect(therapy, `${path} MedicalTherapy`).toBeDefined();
      for (const field of ['adverseOutcome', 'seriousAdverseOutcome', 'preparation'] as const) {
        expect((therapy?.[field] as Node[]).length, `${path} ${field}`).toBeGreaterThan(0);
      }
      // Cautions are precautions (tell them first), never published as contraindications.
      expect(therapy, `${path} contraindication`).not.toHaveProperty('contraindication');
      systems.push(therapy?.medicineSystem);
      const webPage = nodes.find((node) => node['@type'] === 'MedicalWebPage');
      expect(webPage?.about).toEqual({ '@id': therapy?.['@id'] });
    }
    // Dry needling claims no medicine system (several insurers call it investigational).
    expect(systems).toEqual(expect.arrayContaining(['TraditionalChinese']));
    expect(systems).not.toContain('WesternConventional');
  });

  test('sources, glossary and about carry page structured data and a breadcrumb', async ({
    page,
  }) => {
    for (const [path, type] of [
      ['/sources', 'WebPage'],
      ['/glossary', 'MedicalWebPage'],
      ['/about', 'WebPage'],
    ] as const) {
      await page.goto(path);
      const nodes = await jsonLdNodes(page);
      const node = nodes.find((candidate) => candidate['@type'] === type);
      expect(node, `${path} ${type}`).toBeDefined();
      expect(node?.breadcrumb, path).toMatchObject({ '@type': 'BreadcrumbList' });
      await expect(
        page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]'),
      ).toHaveCount(1);
    }
    await page.goto('/glossary');
    const glossary = (await jsonLdNodes(page)).find((node) => node['@type'] === 'MedicalWebPage');
    const terms = (glossary?.mainEntity as { hasDefinedTerm: Node[] }).hasDefinedTerm;
    await expect(page.locator('dl > div[id]')).toHaveCount(terms.length);
  });
});

test('every page shares with Open Graph and Twitter cards and a generated image', async ({
  page,
  request,
}) => {
  const { therapies, guides } = await contentPaths(request);
  for (const path of [...therapies, ...guides, '/sources', '/glossary', '/about']) {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    const title = await page.locator('h1').innerText();
    expect(await meta('meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:description"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:url"]'), path).toMatch(new RegExp(`${path}$`));
    expect(await meta('meta[name="twitter:card"]'), path).toBe('summary_large_image');
    const image = await meta('meta[property="og:image"]');
    expect(image, `${path} og:image`).toContain(`${path}/opengraph-image`);
    expect(await meta('meta[name="twitter:image"]'), path).toBe(image);
    const response = await request.get(new URL(image ?? '').pathname + new URL(image ?? '').search);
    expect(response.status(), `${path} image`).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect((await response.body()).length, `${path} image size`).toBeGreaterThan(5_000);
    expect(title.length).toBeGreaterThan(0);
  }
});

// /sources, each source's own page and their back-links: tests/e2e/sources.spec.ts.

test.describe('glossary terms', () => {
  test('/glossary lists every term alphabetically, each with an anchor and a definition', async ({
    page,
  }) => {
    await page.goto('/glossary');
    const entries = page.locator('dl > div[id]');
    expect(await entries.count()).toBeGreaterThanOrEqual(15);
    const terms = entries.locator('dt');
    const alphabetical = (await terms.allInnerTexts()).sort((a, b) =>
      a.localeCompare(b, 'en', { sensitivity: 'base' }),
    );
    await expect(terms).toHaveText(alphabetical);
    for (const id of ['trigger-point', 'pneumothorax', 'scope-of-practice', 'qi']) {
      await expect(page.locator(`[id="${id}"] dd`)).not.toBeEmpty();
    }
  });

  test('a term shows its definition on keyboard focus, and Escape hides it', async ({ page }) => {
    await page.goto('/therapies/dry-needling');
    const term = page.locator('article .term-link[href="/glossary#trigger-point"]').first();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(tip).toBeHidden();
    await expect(term).toHaveAccessibleDescription(/Trigger point: A tight, tender spot/);
    // Reach it with the Tab key, as a keyboard user would.
    await term.evaluate((link) => {
      const before = document.createElement('button');
      before.textContent = 'start';
      link.before(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('tight, tender spot');
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary#trigger-point$/);
  });

  test('a term shows its definition on hover', async ({ page }) => {
    await page.goto('/therapies/acupuncture');
    const term = page.locator('article .term-link[href="/glossary#qi"]').first();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    // Centred, so the definition below it is already on screen: hovering it then needs no scroll,
    // which would move the term out from under a real pointer.
    await term.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await term.hover();
    await expect(tip).toBeVisible();
    // This term sits near the right edge: its definition hangs from the term's end instead, on
    // screen, and the page does not scroll sideways.
    await expect(term.locator('..')).toHaveAttribute('data-align', 'end');
    const box = await tip.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(1280);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
    // The pointer can move onto the definition without it vanishing (WCAG 1.4.13).
    await tip.hover();
    await expect(tip).toBeVisible();
  });
});

test.describe('glossary terms on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('the first tap shows the definition in place, the next follows the link', async ({
    page,
  }) => {
    await page.goto('/therapies/dry-needling');
    const term = page.locator('article .term-link[href="/glossary#trigger-point"]').first();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(/\/therapies\/dry-needling$/);
    const box = await tip.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await term.tap();
    await expect(page).toHaveURL(/\/glossary#trigger-point$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a tap still reaches the definition in the glossary', async ({ page }) => {
      await page.goto('/therapies/dry-needling');
      await page.locator('article .term-link[href="/glossary#trigger-point"]').first().tap();
      await expect(page).toHaveURL(/\/glossary#trigger-point$/);
      await expect(page.locator('[id="trigger-point"]')).toContainText('tight, tender spot');
    });
  });
});

test('the about page says how to report a mistake, without a placeholder address', async ({
  page,
}) => {
  await page.goto('/about');
  // The test build's SITE_URL is http://127.0.0.1/localhost, where no mail arrives: the page must
  // say it has no inbox, never show an address such as corrections@localhost.
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/corrections@|@localhost|@example\./);
  await expect(
    page.getByText('This copy of the site has no email inbox for mistakes.'),
  ).toBeVisible();
  for (const heading of [
    /how we write/i,
    /facts come from/i,
    /how we check/i,
    /mistake/i,
    /not medical advice/i,
    /privacy/i,
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
});

test('axe finds nothing on /sources, a source page, /glossary and /about, light and dark, wide and narrow', async ({
  page,
}) => {
  // A source's page lists each quote and every statement resting on it: axe needs longer there.
  test.setTimeout(300_000);
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/sources', '/sources/brady-2014', '/glossary', '/about']) {
        await page.goto(path);
        await expect(page.locator('h1')).toHaveCount(1);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary, `axe on ${path} (${scheme}, ${width}px)`).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
  }
});

test('axe finds nothing on an article with a definition showing', async ({ page }) => {
  await page.goto('/therapies/dry-needling');
  await page.locator('article .term-link').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});
