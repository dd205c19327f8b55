import { z } from 'zod';
import { IdSchema, NonEmptyText } from './common';

export const GlossaryTermSchema = z.strictObject({
  id: IdSchema,
  term: NonEmptyText,
  definition: NonEmptyText,
  /** Other spellings or forms a reader might search for. */
  aliases: z.array(NonEmptyText).optional(),
  /** Source ids that back the definition, where it states a medical fact. */
  sources: z.array(IdSchema).optional(),
});

export const GlossarySchema = z
  .array(GlossaryTermSchema)
  .min(1, 'must define at least one term')
  .superRefine((terms, ctx) => {
    const seen = new Set<string>();
    terms.forEach((term, index) => {
      if (seen.has(term.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${term.id}" is defined twice` });
      }
      seen.add(term.id);
    });
  });

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
