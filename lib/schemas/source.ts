import { z } from 'zod';
import { QuoteSchema } from './citation';
import { HttpsUrlSchema, IdSchema, IsoDateSchema, NonEmptyText, withUniqueIds } from './common';

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  publisher: NonEmptyText,
  url: HttpsUrlSchema,
  accessed: IsoDateSchema,
  /** Optional: authors and journal details for research papers. */
  citation: NonEmptyText.optional(),
  /** The exact words that back the site's claims; citations name one of these by id. */
  quotes: withUniqueIds(QuoteSchema, 'quote').optional(),
});

export const SourceRegistrySchema = withUniqueIds(SourceSchema, 'source');

export type Source = z.infer<typeof SourceSchema>;

/** Sources by id, as the comparison table looks them up to name and print its citations. */
export type SourceIndex = Readonly<Record<string, Pick<Source, 'title' | 'publisher' | 'url'>>>;
