import { expect, test } from '@playwright/test';

test.describe('therapy articles without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Dry needling has no NCCIH page: its references name the publishers that back it.
  const publishers: Record<string, string[]> = {
    'dry-needling': ['Cleveland Clinic', 'Brady S, et al.'],
    acupuncture: ['NCCIH', 'Cleveland Clinic'],
  };
  for (const slug of ['dry-needling', 'acupuncture']) {
    test(`${slug} reads in full, with review dates, urgent help and numbered references`, async ({
      page,
    }) => {
      const response = await page.goto(`/therapies/${slug}`);
      expect(response?.status()).toBe(200);
      const article = page.locator('article');
      await expect(article.getByTestId('review-record')).toContainText(
        /Checked against its sources on .+ by the Needlewise editorial team\. Not yet reviewed by a clinician\./,
      );
      await expect(article.getByText('Next review due', { exact: true })).toBeVisible();
      // The article body is server-rendered: its sections and the references are all there.
      expect(await article.locator('h2').count()).toBeGreaterThanOrEqual(5);
      const emergency = page.locator('[data-care-level="emergency"]');
      await expect(emergency.first()).toBeVisible();
      await expect(emergency.first()).toContainText(/breath/i);
      const references = page.locator('#references + ol > li');
      expect(await references.count()).toBeGreaterThanOrEqual(3);
      for (const publisher of publishers[slug] ?? ['(none listed)'])
        await expect(page.locator('#references + ol')).toContainText(publisher);
      // Every citation, in the text and in its embedded tables, leads to its quote on the
      // source's own page; the reference list names that source once, with no quote text.
      const citeTargets = await page
        .locator('.prose sup a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(citeTargets.length).toBeGreaterThan(5);
      for (const target of citeTargets) {
        expect(target).toMatch(/^\/sources\/[a-z0-9-]+#[a-z0-9-]+$/);
        const source = (target ?? '').split('/')[2]?.split('#')[0] ?? '';
        await expect(page.locator(`#ref-${source} a[href="/sources/${source}"]`)).toHaveCount(1);
      }
      await expect(page.locator('#references + ol :is(q, blockquote)')).toHaveCount(0);
      const words = (await article.innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(900);
    });
  }
});
