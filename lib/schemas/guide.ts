import { z } from 'zod';
import { IdSchema } from './common';
import { articleFields } from './article';
import { checkReviewDates } from './review';
import { furtherReadingList, type ContentContext } from './therapy';

export function makeGuideSchema(context: ContentContext & { therapySlugs: ReadonlySet<string> }) {
  return z
    .strictObject({
      ...articleFields,
      /** Position among the guides, for previous/next links. */
      order: z.number().int().min(1),
      /** Therapies this guide is about; drives related reading. */
      therapies: z.array(IdSchema).superRefine((slugs, ctx) => {
        slugs.forEach((slug, index) => {
          if (!context.therapySlugs.has(slug)) {
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: `unknown therapy "${slug}": it must match a file in content/therapies/`,
            });
          }
        });
      }),
      topics: z.array(IdSchema).min(1, 'must name at least one topic'),
      /** Optional links to read next, listed at the end; they back no claim. */
      furtherReading: furtherReadingList(context).optional(),
    })
    .superRefine((doc, ctx) => checkReviewDates(doc, ctx, context));
}

export type GuideDoc = z.infer<ReturnType<typeof makeGuideSchema>>;
