import { expect, test } from '@playwright/test';
import { DEFAULT_MAX_GRADE, gradeOfBlocks } from '@/lib/mdx/readability';
import { renderedProseBlocks } from '@/lib/mdx/rendered-prose';
import { sitemapPaths } from './sitemap';

// Issue 19 item 4: every page's own prose, as a reader gets it, reads at grade 8 or lower. The
// page's <main> is read the way the content check reads a page's source (lib/mdx/prose.ts):
// headings, paragraphs, list items and table cells, quotes and titles of works (<cite>) left out;
// the grade comes from the same function (gradeOfBlocks), which leaves web addresses out.

interface Measured {
  path: string;
  grade: number;
  words: number;
}

const describeGrade = ({ path, grade, words }: Measured) =>
  `${path} reads at grade ${grade} (${words} words of our own)`;

// Every page of the sitemap, source pages included: unlike axe or zoom, a source page's grade
// depends on its own words (the statements resting on its quotes), not on the template.
test(`every page's own prose, quotes left out, reads at grade ${DEFAULT_MAX_GRADE} or lower`, async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(480_000);
  const paths = await sitemapPaths(request);
  expect(paths).toEqual(expect.arrayContaining(['/', '/therapies/dry-needling', '/sources']));
  const measured: Measured[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} status`).toBe(200);
    // A fold's words are ours to write plainly too: open every <details> before reading.
    await page
      .locator('details')
      .evaluateAll((folds) => folds.forEach((fold) => fold.setAttribute('open', '')));
    const blocks = await page.locator('main').evaluate(renderedProseBlocks);
    const words = blocks.join(' ').split(/\s+/).filter(Boolean).length;
    measured.push({ path, grade: gradeOfBlocks(blocks), words });
  }
  const table = measured.map(describeGrade).join('\n');
  console.log(`Reading grade per page:\n${table}`);
  await testInfo.attach('reading-grades.txt', { body: table, contentType: 'text/plain' });
  const over = measured.filter((entry) => entry.grade > DEFAULT_MAX_GRADE).map(describeGrade);
  expect(over, `pages above grade ${DEFAULT_MAX_GRADE}:\n${over.join('\n')}`).toEqual([]);
});
