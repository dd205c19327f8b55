import { z } from 'zod';
import { ConfidenceSchema } from './citation';
import { IdSchema, IsoDateSchema, NonEmptyText } from './common';

/**
 * The quote data one source's citations open: prerendered at /sources/<id>/quotes.json and
 * fetched only when a reader asks, so that no page but the source's own carries quote text.
 */
export const SourceQuotesSchema = z.strictObject({
  id: IdSchema,
  title: NonEmptyText,
  publisher: NonEmptyText,
  /** The publisher's own page. */
  url: z.url(),
  /** The source's page on this site. */
  href: NonEmptyText,
  quotes: z.array(
    z.strictObject({
      id: IdSchema,
      /** The quote's anchor on the source's page: its id (lib/site/paths.ts quoteAnchor). */
      anchor: NonEmptyText,
      text: NonEmptyText,
      confidence: ConfidenceSchema,
      checked: IsoDateSchema,
      seenAt: z.url().optional(),
    }),
  ),
});

export type SourceQuotes = z.infer<typeof SourceQuotesSchema>;
