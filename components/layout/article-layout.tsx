import type { ReactNode } from 'react';
import type { Article } from '@/lib/content/store';
import { comparisonColumns } from '@/lib/content/comparison-columns';
import { getSiteText } from '@/lib/content/store';
import { articleQuoteRefs, articleReferenceIds } from '@/lib/evidence/page-citations';
import { FeedbackForm } from '../feedback/feedback-form';
import { GuidePager } from './guide-pager';
import { MdxContent } from '../mdx/mdx-content';
import { PageChanges } from '../changes/page-changes';
import { PageTools } from './page-tools';
import { FurtherReading } from './further-reading';
import { References } from '../evidence/references';
import { RelatedReading } from './related-reading';
import { ReviewMeta } from './review-meta';
import { TableOfContents } from './table-of-contents';

/**
 * The shape of every article and guide: title and review signals, then the MDX body, then the
 * references. `aside` sits beside the opening (a key-facts box), `after` follows the references.
 * The feedback question follows the article, outside it.
 */
export function ArticleLayout({
  article,
  eyebrow,
  before,
  after,
  today,
}: {
  article: Article;
  eyebrow: string;
  before?: ReactNode;
  after?: ReactNode;
  /** Today as YYYY-MM-DD: the page's clock, for the overdue notice. */
  today: string;
}) {
  const columns = comparisonColumns();
  const citations = articleReferenceIds(article.raw, columns);
  const quotes = articleQuoteRefs(article.raw, columns);
  return (
    <>
      <article className="mx-auto max-w-prose">
        <header>
          <p className="text-base font-semibold uppercase tracking-wide text-brand">{eyebrow}</p>
          <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
          <p className="mt-3 text-lg">{article.summary}</p>
          <ReviewMeta
            nextReviewDue={article.nextReviewDue}
            reviews={article.reviews}
            stats={article.stats}
            today={today}
            overdue={getSiteText().overdueNotice}
            words={getSiteText().reviewMeta}
          />
          <PageTools title={article.title} />
        </header>
        <TableOfContents headings={article.headings} references={citations.length > 0} />
        {before}
        <div className="prose mt-8 sm:prose-lg">
          <MdxContent code={article.code} citations={citations} />
        </div>
        <References citations={citations} quotes={quotes} />
        {article.furtherReading && article.furtherReading.length > 0 && (
          <FurtherReading ids={article.furtherReading} />
        )}
        <PageChanges changes={article.changes} words={getSiteText().changeLog} />
        <RelatedReading article={article} />
        <GuidePager article={article} />
        {after}
      </article>
      <FeedbackForm path={article.url} />
    </>
  );
}
