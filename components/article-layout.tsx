import type { ReactNode } from 'react';
import type { Article } from '@/lib/content';
import { citationOrder } from '@/lib/citations';
import { MdxContent } from './mdx-content';
import { References } from './references';
import { ReviewMeta } from './review-meta';

/**
 * The shape of every article and guide: title and review signals, then the MDX body, then the
 * references. `aside` sits beside the opening (a key-facts box), `after` follows the references.
 */
export function ArticleLayout({
  article,
  eyebrow,
  before,
  after,
}: {
  article: Article;
  eyebrow: string;
  before?: ReactNode;
  after?: ReactNode;
}) {
  return (
    <article className="mx-auto max-w-prose">
      <header>
        <p className="text-base font-semibold uppercase tracking-wide text-brand">{eyebrow}</p>
        <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-3 text-lg">{article.summary}</p>
        <ReviewMeta
          lastReviewed={article.lastReviewed}
          nextReviewDue={article.nextReviewDue}
          reviewedBy={article.reviewedBy}
          stats={article.stats}
        />
      </header>
      {before}
      <div className="prose mt-8 sm:prose-lg">
        <MdxContent code={article.code} raw={article.raw} />
      </div>
      <References citations={citationOrder(article.raw)} />
      {after}
    </article>
  );
}
