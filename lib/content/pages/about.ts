import { getGlossary, getPage, getSiteText, getSources, getWarningSigns } from '../store';
import { comparisonColumns } from '../comparison-columns';
import { mdxPageData } from './mdx-page';
import { ContentError } from '../validate-content';
import { breadcrumbWords } from './chrome';
import { trailOf } from '../../site/breadcrumb-trails';
import { DEFAULT_MAX_GRADE } from '../../mdx/readability';
import { MAX_REVIEW_YEARS } from '../../schemas/review';
import type { SitePageValues } from '../../schemas/mdx-tag-props';

export const ABOUT_FILE = 'content/pages/about.mdx';

/**
 * Everything /about shows: its page in content/pages/about.mdx and the values its tags print. The
 * feedback store's retention and the corrections inbox sit above this layer, so the route passes them.
 */
export function loadAboutPage(site: {
  commentRetentionMonths: number;
  correctionsEmail: string | null;
}) {
  const page = getPage('about');
  if (!page) {
    throw new ContentError([{ file: ABOUT_FILE, field: '(document)', message: 'is missing' }]);
  }
  const text = getSiteText();
  const crumbs = breadcrumbWords();
  const values: SitePageValues = {
    numbers: {
      maxGrade: DEFAULT_MAX_GRADE,
      maxReviewYears: MAX_REVIEW_YEARS,
      commentRetentionMonths: site.commentRetentionMonths,
    },
    disclaimer: text.disclaimer.full,
    correctionsEmail: site.correctionsEmail,
    words: text.pages.about,
  };
  return {
    meta: { path: page.url, title: page.title, description: page.description },
    heading: page.heading,
    code: page.code,
    values,
    mdx: {
      ...mdxPageData({
        raw: page.raw,
        citations: [],
        sources: getSources(),
        glossary: getGlossary(),
        warningSigns: getWarningSigns(),
        columns: comparisonColumns(),
        words: text.evidence,
        labels: text.labels,
      }),
      page: values,
    },
    trail: trailOf(crumbs.home, { name: text.pages.about.crumb, path: page.url }),
    breadcrumbLabel: crumbs.label,
    cardAlt: text.pages.chrome.cardAlt,
  };
}
