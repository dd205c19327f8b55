import { describe, expect, it } from 'vitest';
import { validatePages } from '@/lib/content/validate-pages';
import type { RawArticle } from '@/lib/content/validate-content';
import { FIXTURE_SOURCES } from '../../fixtures/site-text';

const CONTENT = {
  therapies: [],
  guides: [],
  conditions: [],
  sources: FIXTURE_SOURCES,
  glossary: [],
  warningSetIds: new Set<string>(),
};

const FRONTMATTER = {
  title: 'About the fixture site',
  description: 'How the fixture site writes and checks its pages, and what it keeps about you.',
  heading: 'About the fixture site',
  lastReviewed: '2026-01-10',
  nextReviewDue: '2027-01-10',
  reviews: [{ kind: 'editorial', date: '2026-01-10' }],
  changes: [{ date: '2026-01-10', kind: 'new', text: 'First published.' }],
};

/** A page as Contentlayer hands it over: frontmatter, body and computed fields. */
function rawPage(body: string, frontmatter: Record<string, unknown> = FRONTMATTER): RawArticle {
  return {
    _id: 'pages/about.mdx',
    _raw: { sourceFilePath: 'pages/about.mdx' },
    type: 'Page',
    slug: 'about',
    url: '/about',
    body: { raw: body, code: '' },
    stats: { grade: 4, words: 12, minutes: 1 },
    headings: [],
    ...frontmatter,
  };
}

describe('validatePages (content/pages/*.mdx)', () => {
  it('accepts a page that uses the site-page tags correctly', () => {
    const result = validatePages(
      [
        rawPage(
          'We aim for grade <SiteValue name="maxGrade" />. <CorrectionsEmail />\n\n<Anchor id="privacy" />\n\n<Disclaimer />\n\nSee the [glossary](/glossary).',
        ),
      ],
      CONTENT,
      { today: '2026-06-01' },
    );
    expect(result.ok && result.pages.map((page) => [page.file, page.heading, page.url])).toEqual([
      ['content/pages/about.mdx', 'About the fixture site', '/about'],
    ]);
  });

  it('names the file and field of a missing heading and an unknown site value', () => {
    const { heading: _heading, ...withoutHeading } = FRONTMATTER;
    void _heading;
    const result = validatePages(
      [rawPage('Grade <SiteValue name="maxWords" />.', withoutHeading)],
      CONTENT,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'content/pages/about.mdx',
        field: 'body <SiteValue name>',
        message:
          '"maxWords" is not a site value: use maxGrade, maxReviewYears, commentRetentionMonths (line 1)',
      },
      {
        file: 'content/pages/about.mdx',
        field: 'heading',
        message: 'Invalid input: expected string, received undefined',
      },
    ]);
  });

  it('refuses a link to a page that does not exist, and a page past its review date', () => {
    const result = validatePages([rawPage('See [the helper](/helper).')], CONTENT, {
      today: '2027-02-01',
    });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((problem) => `${problem.file}: ${problem.field}`)).toEqual([
      'content/pages/about.mdx: body link',
      'content/pages/about.mdx: nextReviewDue',
    ]);
    expect(problems[0]?.message).toBe(
      'links to "/helper", which is not a page on this site (line 1)',
    );
  });

  it('refuses a page that reads above grade 8', () => {
    const hard = { ...rawPage('Words.'), stats: { grade: 11.2, words: 300, minutes: 2 } };
    const result = validatePages([hard], CONTENT);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'content/pages/about.mdx',
        field: 'body (reading level)',
        message:
          'reads at grade 11.2, above the ceiling of 8: use shorter sentences and plainer words',
      },
    ]);
  });
});
