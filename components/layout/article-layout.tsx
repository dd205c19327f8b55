import type { ReactNode } from 'react';
import type { ArticlePageData } from '@/lib/content/pages/article-page';
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

/** The title block: what the page is and its review signals. */
export function ArticleTitle({
  page,
  eyebrow,
  today,
}: {
  page: ArticlePageData;
  eyebrow: string;
  /** Today as YYYY-MM-DD: the page's clock, for the overdue notice. */
  today: string;
}) {
  const { article, words } = page;
  return (
    <>
      <p className="text-base font-semibold uppercase tracking-wide text-brand">{eyebrow}</p>
      <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-lg">{article.summary}</p>
      <ReviewMeta
        nextReviewDue={article.nextReviewDue}
        reviews={article.reviews}
        stats={article.stats}
        today={today}
        overdue={{ ...words.overdue, reviewDue: words.evidence.article.reviewDue }}
        words={words.reviewMeta}
      />
    </>
  );
}

/**
 * The shape of every article and guide: `title` (ArticleTitle) with the print and share tools,
 * then `body` (ArticleBody), then the feedback question, outside the article. The route sends
 * title and body as static parts (app/_static/): HTML only, with no copy in the React payload.
 */
export function ArticleLayout({
  page,
  title,
  body,
  feedbackFields,
}: {
  page: ArticlePageData;
  title: ReactNode;
  body: ReactNode;
  /** The feedback form's fields (FeedbackFields), as a static part. */
  feedbackFields: ReactNode;
}) {
  const { article } = page;
  return (
    <>
      <article className="mx-auto max-w-prose">
        <header>
          {title}
          <PageTools title={article.title} />
        </header>
        {body}
      </article>
      <FeedbackForm words={page.feedback} fields={feedbackFields} />
    </>
  );
}

/**
 * Everything in an article below its title block: contents, the MDX body, the references and
 * the links on. `before` sits above the body (a key-facts box).
 * Everything comes from the page's one load (lib/content/pages/article-page.ts).
 */
export function ArticleBody({ page, before }: { page: ArticlePageData; before?: ReactNode }) {
  const { article, words } = page;
  const articleWords = words.evidence.article;
  return (
    <>
      <TableOfContents
        headings={article.headings}
        references={page.references.length > 0 ? words.evidence.references.heading : undefined}
        heading={articleWords.contents}
      />
      {before}
      <div className="prose mt-8 sm:prose-lg">
        <MdxContent code={article.code} data={page.mdx} />
      </div>
      <References
        entries={page.references}
        words={words.evidence.references}
        externalNote={words.evidence.externalLink}
      />
      <FurtherReading
        links={page.furtherReading}
        heading={articleWords.furtherReading}
        externalNote={words.evidence.externalLink}
      />
      <PageChanges changes={article.changes} words={words.changeLog} />
      <RelatedReading links={page.related} heading={articleWords.relatedReading} />
      <GuidePager previous={page.pager.previous} next={page.pager.next} words={articleWords} />
    </>
  );
}
