import { z } from 'zod';
import { IdSchema, NonEmptyText, withUniqueIds } from './common';

export const GlossaryTermSchema = z.strictObject({
  id: IdSchema,
  term: NonEmptyText,
  definition: NonEmptyText,
  /** Other spellings or forms a reader might search for. */
  aliases: z.array(NonEmptyText).optional(),
  /** Source ids that back the definition, where it states a medical fact. */
  sources: z.array(IdSchema).optional(),
});

export const GlossarySchema = withUniqueIds(GlossaryTermSchema, 'term');

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
