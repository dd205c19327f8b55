import { z } from 'zod';
import { CitationRefSchema } from './citation';
import { IdSchema, NonEmptyText, withUniqueIds } from './common';

export const GlossaryTermSchema = z.strictObject({
  id: IdSchema,
  term: NonEmptyText,
  definition: NonEmptyText,
  /** Other spellings or forms a reader might search for. */
  aliases: z.array(NonEmptyText).optional(),
  /**
   * The quotes that back the definition, where it states a medical fact, as
   * `{ source, quote }`. Resolved against the registry by lib/content/validate-content.ts.
   */
  sources: z.array(CitationRefSchema).min(1).optional(),
});

export const GlossarySchema = withUniqueIds(GlossaryTermSchema, 'term');

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
