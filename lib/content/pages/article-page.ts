import type { Article } from '../store';
import { getGlossary, getGuides, getSiteText, getSources, getTherapies, getWarningSigns } from '../store';
import { comparisonColumns } from '../comparison-columns';
import { adjacentGuides, isGuide, relatedToGuide, relatedToTherapy } from '../related-links';
import { articleReferenceIds } from '../../evidence/page-citations';
import { referenceEntries } from '../../evidence/reference-entries';
import { articleLd } from '../../seo/article-ld';
import { trailOf } from '../../site/breadcrumb-trails';
import { mdxPageData } from './mdx-page';
import { breadcrumbWords } from './chrome';
import { feedbackFormWords } from './feedback';

/** A source a page points readers to next: a link, not a citation. */
interface ReadingLink {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

function furtherReading(ids: readonly string[] = []): ReadingLink[] {
  const sources = getSources();
  return ids.flatMap((id) => {
    const source = sources.find((candidate) => candidate.id === id);
    return source ? [{ id, title: source.title, publisher: source.publisher, url: source.url }] : [];
  });
}

function guidePager(article: Article) {
  if (!isGuide(article)) return {};
  const { previous, next } = adjacentGuides(getGuides(), article.slug);
  const link = (guide: typeof previous) => guide && { url: guide.url, title: guide.title };
  return { previous: link(previous), next: link(next) };
}

/**
 * Everything the article frame shows for one therapy or guide, loaded once: its own words and
 * numbered sources (names only; the quotes load from each source's page when asked for), the
 * data its MDX tags need, where to read next, and the words of the frame itself.
 */
export function articlePageData(article: Article) {
  const columns = comparisonColumns();
  const citations = articleReferenceIds(article, columns);
  const text = getSiteText();
  const trail = trailOf(breadcrumbWords().home, { name: article.title, path: article.url });
  const sources = getSources();
  return {
    article: {
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      url: article.url,
      code: article.code,
      headings: article.headings,
      nextReviewDue: article.nextReviewDue,
      reviews: article.reviews,
      stats: article.stats,
      changes: article.changes,
    },
    trail,
    breadcrumbLabel: breadcrumbWords().label,
    ld: articleLd(article, { trail, sources, therapies: columns }),
    mdx: mdxPageData({
      raw: article.raw,
      citations,
      sources,
      glossary: getGlossary(),
      warningSigns: getWarningSigns(),
      columns,
      words: text.evidence,
      labels: text.labels,
    }),
    references: referenceEntries(citations, sources, text.sourceDetails),
    furtherReading: furtherReading(article.furtherReading),
    related: isGuide(article)
      ? relatedToGuide(article, getGuides(), getTherapies())
      : relatedToTherapy(article, getGuides(), getTherapies()),
    pager: guidePager(article),
    feedback: feedbackFormWords(),
    words: {
      evidence: text.evidence,
      reviewMeta: text.reviewMeta,
      overdue: text.overdueNotice,
      changeLog: text.changeLog,
    },
  };
}

export type ArticlePageData = ReturnType<typeof articlePageData>;
