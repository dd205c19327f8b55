import { z } from 'zod';
import { HttpsUrlSchema, IdSchema, IsoDateSchema, NonEmptyText } from './common';

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  publisher: NonEmptyText,
  url: HttpsUrlSchema,
  accessed: IsoDateSchema,
  /** Optional: authors and journal details for research papers. */
  citation: NonEmptyText.optional(),
});

export const SourceRegistrySchema = z
  .array(SourceSchema)
  .min(1, 'must list at least one source')
  .superRefine((sources, ctx) => {
    const seen = new Set<string>();
    sources.forEach((source, index) => {
      if (seen.has(source.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `"${source.id}" is listed twice`,
        });
      }
      seen.add(source.id);
    });
  });

export type Source = z.infer<typeof SourceSchema>;

/** Sources by id, as the comparison table looks them up to name and print its citations. */
export type SourceIndex = Readonly<Record<string, Pick<Source, 'title' | 'publisher' | 'url'>>>;
