import { z } from 'zod';
import { IdSchema, NonEmptyText } from './common';
import { checkReviewDates, reviewFields, type ReviewContext } from './review';

/**
 * Frontmatter of one of the site's own pages (content/pages/*.mdx, such as the about page): its
 * title, the line search results show, its heading, and the same check fields as an article.
 */
export function makePageSchema(context: ReviewContext) {
  return z
    .strictObject({
      slug: IdSchema,
      title: NonEmptyText,
      description: z
        .string()
        .trim()
        .min(50, 'must be at least 50 characters: say what the page is for')
        .max(170, 'must be at most 170 characters for search results'),
      heading: NonEmptyText,
      ...reviewFields,
    })
    .superRefine((doc, ctx) => checkReviewDates(doc, ctx, context));
}

export type PageDoc = z.infer<ReturnType<typeof makePageSchema>>;
