import { z } from 'zod';
import { QuoteSchema } from './citation';
import { HttpsUrlSchema, IdSchema, NonEmptyText, withUniqueIds } from './common';

/**
 * One source. There is no single "accessed" date: each quote carries the day its words were
 * checked. A source without quotes backs no claim; it is a link for further reading only, and
 * /sources says so.
 */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  publisher: NonEmptyText,
  /** The publisher's own page: where patients are sent, never a copy. */
  url: HttpsUrlSchema,
  /** Optional: authors and journal details for research papers. */
  citation: NonEmptyText.optional(),
  /** Optional: what a reader should know about the version we read (shown on /sources). */
  note: NonEmptyText.optional(),
  /** The exact words that back the site's claims; citations name one of these by id. */
  quotes: withUniqueIds(QuoteSchema, 'quote').optional(),
});

export const SourceRegistrySchema = withUniqueIds(SourceSchema, 'source');

export type Source = z.infer<typeof SourceSchema>;

/** Sources by id, as tables and boxes look them up to name, quote and print their citations. */
export type SourceIndex = Readonly<
  Record<string, Pick<Source, 'title' | 'publisher' | 'url' | 'quotes'>>
>;
