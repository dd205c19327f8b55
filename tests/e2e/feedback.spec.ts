import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { rawRequest } from './raw-http';

// "Is this page useful?": without JavaScript (POST, 303, thank-you page; refusals re-show the
// form), with JavaScript (in place, announced, focus moved), by keyboard, axe, print, and the
// endpoint's refusals over raw HTTP. Each test posts as its own address, so the per-client rate
// limit of one test never reaches another.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FORM = 'application/x-www-form-urlencoded';

/** axe needs script: pages read without JavaScript are checked again in a JavaScript tab. */
async function axeWithScript(browser: Browser, url: string, html: string | null, where: string) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  if (html === null) await page.goto(url);
  else await page.setContent(html);
  await axe(page, where);
  await context.close();
}

async function axe(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${where}`).toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': '10.61.0.1' } });

  test('posts the answer and lands on a thank-you page that links back', async ({
    page,
    browser,
  }) => {
    await page.goto('/therapies/acupuncture');
    const feedback = page.getByTestId('feedback');
    await feedback.getByRole('radio', { name: 'No' }).check();
    await feedback.getByRole('textbox', { name: /What was missing or wrong/ }).fill('More on cost');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/feedback')),
      feedback.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(response.status()).toBe(303);
    await expect(page).toHaveURL(/\/feedback\/thanks\?page=%2Ftherapies%2Facupuncture$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your answer');
    await expect(
      page.getByRole('link', { name: 'Go back to the page you were reading' }),
    ).toHaveAttribute('href', '/therapies/acupuncture');
    await axeWithScript(browser, page.url(), null, 'the thank-you page');
  });

  test('a missing answer gets 400 and the form again, with the reason and the comment kept', async ({
    page,
    browser,
  }) => {
    await page.goto('/guides/your-first-session');
    const feedback = page.getByTestId('feedback');
    await feedback.getByRole('textbox', { name: /What was missing or wrong/ }).fill('Unclear');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/feedback')),
      feedback.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page.getByRole('alert')).toHaveText(
      'Choose Yes or No to say whether the page was useful.',
    );
    await expect(page.getByRole('textbox', { name: /What was missing or wrong/ })).toHaveValue(
      'Unclear',
    );
    await expect(
      page.getByRole('link', { name: 'Go back to the page you were reading' }),
    ).toHaveAttribute('href', '/guides/your-first-session');
    await axeWithScript(browser, page.url(), await response.text(), 'the refused-answer page');
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your answer');
  });
});

test.describe('with JavaScript', () => {
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '10.61.0.2' } });

  test('sends in place, announces the thanks and moves focus to it', async ({ page }) => {
    await page.goto('/compare');
    const feedback = page.getByTestId('feedback');
    // Before hydration the browser would post the form itself (the no-JavaScript path).
    await expect(feedback.locator('form[data-enhanced]')).toHaveCount(1);
    await feedback.getByRole('radio', { name: 'Yes' }).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/feedback')),
      feedback.getByRole('button', { name: 'Send' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.getByTestId('feedback-thanks')).toBeFocused();
    await expect(page.getByTestId('feedback-status')).toHaveText('Thank you for your answer');
    await axe(page, '/compare after answering');
  });

  test('works from the keyboard alone, skipping the hidden trap field', async ({ page }) => {
    await page.goto('/which-is-right-for-me');
    await expect(page.getByTestId('feedback').locator('form[data-enhanced]')).toHaveCount(1);
    await page.getByTestId('feedback').getByRole('radio', { name: 'Yes' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'No' }).last()).toBeChecked();
    await page.keyboard.press('Tab');
    // The privacy link in the hint comes before the comment box.
    await expect(page.getByRole('link', { name: 'What we keep' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: /What was missing or wrong/ })).toBeFocused();
    await page.keyboard.type('The last question confused me');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('feedback').getByRole('button', { name: 'Send' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feedback-thanks')).toBeFocused();
  });
});

test('the question is on every kind of content page and prints as nothing', async ({ page }) => {
  const pages = [
    '/therapies/dry-needling',
    '/guides/questions-to-ask',
    '/compare',
    '/which-is-right-for-me',
  ];
  expect(pages.length).toBeGreaterThan(0);
  for (const path of pages) {
    await page.goto(path);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('group', { name: 'Is this page useful?' }), path).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('feedback'), path).toBeHidden();
  }
});

/** Sends `times` requests one after another (the limiter counts in arrival order). */
async function postInTurn(times: number, send: () => Promise<{ status: number }>) {
  const statuses: number[] = [];
  for (let count = 0; count < times; count += 1) statuses.push((await send()).status);
  return statuses;
}

test('the question has no axe violations, light and dark', async ({ page }) => {
  await page.goto('/guides/safety-and-regulation');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page })
      .include('[data-testid="feedback"]')
      .withTags(WCAG_TAGS)
      .analyze();
    expect(
      results.violations.map((violation) => violation.id),
      `axe on the question (${scheme})`,
    ).toEqual([]);
  }
});

test.describe('the endpoint refuses bad posts and says why', () => {
  const post = (baseURL: string, body: string, headers: Record<string, string>) =>
    rawRequest(
      baseURL,
      'POST',
      '/api/feedback',
      {
        'content-type': FORM,
        'content-length': String(Buffer.byteLength(body)),
        ...headers,
      },
      body,
    );

  test('a post from another site gets 403', async ({ baseURL }) => {
    const response = await post(baseURL ?? '', 'page=%2Fcompare&answer=yes', {
      'sec-fetch-site': 'cross-site',
      origin: 'https://elsewhere.example',
      'x-forwarded-for': '10.61.1.1',
    });
    expect(response.status).toBe(403);
    expect(response.body).toContain('This form can only be sent from a page on this site.');
  });

  test('a body over 4 KB gets 413', async ({ baseURL }) => {
    const response = await post(
      baseURL ?? '',
      `page=%2Fcompare&answer=yes&comment=${'a'.repeat(5000)}`,
      {
        'x-forwarded-for': '10.61.1.2',
      },
    );
    expect(response.status).toBe(413);
  });

  test('an unknown page gets 400 with the reason', async ({ baseURL }) => {
    const response = await post(baseURL ?? '', 'page=%2Fadmin&answer=yes', {
      'x-forwarded-for': '10.61.1.3',
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain('We do not know the page this answer is about.');
  });

  test('a sixth post in a minute gets 429 with Retry-After', async ({ baseURL }) => {
    const headers = { 'x-forwarded-for': '10.61.1.4', accept: 'application/json' };
    const statuses = await postInTurn(6, () =>
      post(baseURL ?? '', 'page=%2Fadmin&answer=yes', headers),
    );
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const limited = await post(baseURL ?? '', 'page=%2Fcompare&answer=yes', headers);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body)).toMatchObject({ ok: false, problem: 'rate-limited' });
  });

  test('other pages still refuse POST with 405', async ({ baseURL }) => {
    const response = await post(baseURL ?? '', 'page=%2Fcompare&answer=yes', {
      'x-forwarded-for': '10.61.1.5',
    });
    expect(response.status).not.toBe(405);
    expect((await rawRequest(baseURL ?? '', 'POST', '/compare')).status).toBe(405);
  });
});
