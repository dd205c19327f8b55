import { expect, test, type Page } from '@playwright/test';
import { settle } from './settle';
import { browserWalk, sitemapPaths } from './sitemap';

// Keyboard only (Tab, Enter): the reader can get from the home page to the comparison, the helper
// and a guide, and can always see where focus is. Then reflow: 320 px, 200% zoom and the WCAG
// 1.4.12 text-spacing override must neither scroll sideways nor clip text.

type FocusState = { label: string; href: string | null; problem: string | null };

/** Where focus is, and what (if anything) keeps a sighted keyboard user from seeing it. */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { label: 'body', href: null, problem: null };
    const label = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const href = element instanceof HTMLAnchorElement ? element.getAttribute('href') : null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    if (!outline && !ring) return { label, href, problem: 'no visible focus indicator' };
    const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1)
      return { label, href, problem: 'focused element has no size' };
    if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) {
      return { label, href, problem: 'focused element is outside the viewport' };
    }
    // Whatever is painted at the focused element's centre must be the element itself, or a part of
    // it: otherwise something (a sticky header, a banner) covers it.
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (top && top !== element && !element.contains(top) && !top.contains(element)) {
      return { label, href, problem: `covered by ${top.tagName.toLowerCase()}.${top.className}` };
    }
    return { label, href, problem: null };
  });
}

/** Presses Tab until a link matching `wanted` has focus, checking focus is visible at every stop. */
async function tabTo(
  page: Page,
  wanted: (href: string) => boolean,
  maxTabs = 150,
): Promise<string | null> {
  for (let press = 0; press < maxTabs; press += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    expect(state.problem, `${page.url()} focus on ${state.label}`).toBeNull();
    if (state.href && wanted(state.href)) return state.href;
  }
  return null;
}

async function follow(page: Page, wanted: (href: string) => boolean, description: string) {
  const href = await tabTo(page, wanted);
  expect(href, `a link to ${description} is reachable by Tab from ${page.url()}`).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    new RegExp(`${(href ?? '').split('#')[0]!.replace(/[?]/g, '\\?')}(#.*)?$`),
  );
  await expect(page.locator('h1')).toHaveCount(1);
}

/** Presses Tab until the helper form's submit button has focus, checking focus at every stop. */
async function tabToSubmit(page: Page, maxTabs = 150): Promise<boolean> {
  for (let press = 0; press < maxTabs; press += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    expect(state.problem, `${page.url()} focus on ${state.label}`).toBeNull();
    const onSubmit = await page.evaluate(
      () =>
        document.activeElement?.matches(
          'main form button[type="submit"], main form button:not([type])',
        ) ?? false,
    );
    if (onSubmit) return true;
  }
  return false;
}

test('home → compare → helper → a guide, by keyboard alone, with focus always visible', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await follow(page, (href) => href === '/compare', 'the comparison');
    await follow(page, (href) => href === '/which-is-right-for-me', 'the decision helper');
    // Submit the helper's form by keyboard; its answer links to the guides.
    await page.locator('main').focus();
    expect(await tabToSubmit(page), 'the helper form can be submitted by keyboard').toBe(true);
    await page.keyboard.press('Enter');
    await settle(page);
    await follow(page, (href) => href.startsWith('/guides/'), 'a guide');
    await expect(page).toHaveURL(/\/guides\/[a-z0-9-]+(#.*)?$/);
  }
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/therapies/dry-needling');
  await page.keyboard.press('Tab');
  const state = await focusState(page);
  expect(state.href).toBe('#main');
  expect(state.problem).toBeNull();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

const TEXT_SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-bottom: 2em !important; }
`;

/** Elements that hide overflowing content (overflow hidden or clip) and have more than they show. */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const hides = [style.overflowX, style.overflowY].some(
          (value) => value === 'hidden' || value === 'clip',
        );
        // Visually hidden text (sr-only) is clipped on purpose to a 1 px box.
        if (!hides || element.clientWidth <= 1 || element.clientHeight <= 1) return false;
        if (!(element.textContent ?? '').trim()) return false;
        return (
          element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1
        );
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      ),
  );
}

test('no page scrolls sideways at 320 px or at 200% zoom, and text spacing clips nothing', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const paths = [...browserWalk(await sitemapPaths(request)), '/no-such-page'];
  // 200% zoom of a 1280 px window lays out like a 640 px one (CSS pixels), which is what we emulate.
  const views = [
    { name: '320 px', width: 320, height: 640 },
    { name: '200% zoom', width: 640, height: 400 },
  ];
  for (const view of views) {
    await page.setViewportSize({ width: view.width, height: view.height });
    for (const path of paths) {
      await page.goto(path);
      expect(await horizontalOverflow(page), `${path} at ${view.name}`).toBeLessThanOrEqual(0);
    }
  }
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of paths) {
      await page.goto(path);
      await page.addStyleTag({ content: TEXT_SPACING });
      expect(
        await horizontalOverflow(page),
        `${path} with text spacing at ${width} px`,
      ).toBeLessThanOrEqual(0);
      expect(await clippedText(page), `${path} with text spacing at ${width} px`).toEqual([]);
    }
  }
});

test('real page zoom of 200% (CSS zoom on a 1280 px window) does not scroll sideways', async ({
  page,
  request,
}) => {
  const paths = browserWalk(await sitemapPaths(request));
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of paths) {
    await page.goto(path);
    await page.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    expect(await horizontalOverflow(page), `${path} at zoom 2`).toBeLessThanOrEqual(0);
  }
});
