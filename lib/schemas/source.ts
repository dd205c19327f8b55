import { z } from 'zod';
import { QuoteSchema } from './citation';
import { HttpsUrlSchema, IdSchema, NonEmptyText, withUniqueIds } from './common';

/**
 * What kind of page a source is; /sources groups its index by this. Each kind's heading lives in
 * content/site-text.yaml (sources.index.kinds), in this order.
 */
export const SOURCE_KINDS = [
  'patient-information',
  'guideline',
  'research',
  'regulation',
  'coverage',
  'professional-body',
] as const;

const KIND_LIST = SOURCE_KINDS.join(', ');

const SourceKindSchema = z.enum(SOURCE_KINDS, {
  error: (issue) =>
    issue.input === undefined
      ? `is missing: say what kind of source this is, one of ${KIND_LIST}`
      : `"${String(issue.input)}" is not a kind of source: use one of ${KIND_LIST}`,
});

export type SourceKind = z.infer<typeof SourceKindSchema>;

/**
 * One source. There is no single "accessed" date: each quote carries the day its words were
 * checked. A source without quotes backs no claim; it is a link for further reading only, and
 * /sources says so.
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: NonEmptyText,
    publisher: NonEmptyText,
    /** What kind of page it is: health information, a guideline, research, a rule or cover. */
    kind: SourceKindSchema,
    /**
     * Optional: the year the source (or the version of it we read) was published or last reviewed,
     * so readers can judge how current it is. Leave it out when the source shows no date.
     */
    year: z
      .int({ error: 'must be a whole year, like 2019' })
      .min(1900, 'must be a year written in full, like 2019')
      .max(2100, 'must be a year written in full, like 2019')
      .optional(),
    /** Optional: true when `year` is our best estimate ("about 2020"), not a date the source shows. */
    yearApproximate: z
      .literal(true, { error: 'must be true, or left out when the year is exact' })
      .optional(),
    /** The publisher's own page: where patients are sent, never a copy. */
    url: HttpsUrlSchema,
    /** Optional: authors and journal details for research papers. */
    citation: NonEmptyText.optional(),
    /** Optional: what a reader should know about the version we read (shown on /sources). */
    note: NonEmptyText.optional(),
    /** The exact words that back the site's claims; citations name one of these by id. */
    quotes: withUniqueIds(QuoteSchema, 'quote').optional(),
  })
  .superRefine((source, ctx) => {
    if (source.yearApproximate && source.year === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['yearApproximate'],
        message: 'needs a year: add the year you estimate, or remove yearApproximate',
      });
    }
    if (source.year === undefined) return;
    // The year is that of the version we read, so it cannot come after the day we read it.
    (source.quotes ?? []).forEach((quote, index) => {
      const checkedYear = Number(quote.checked.slice(0, 4));
      if (source.year !== undefined && source.year > checkedYear) {
        ctx.addIssue({
          code: 'custom',
          path: ['year'],
          message: `${source.year} is later than quote "${quote.id}" was checked (quotes[${index}].checked ${quote.checked}): give the year of the version whose words we quote`,
        });
      }
    });
  });

export const SourceRegistrySchema = withUniqueIds(SourceSchema, 'source');

export type Source = z.infer<typeof SourceSchema>;

/** Sources by id, as tables and boxes look them up to name, quote and print their citations. */
export type SourceIndex = Readonly<
  Record<string, Pick<Source, 'title' | 'publisher' | 'url' | 'quotes'>>
>;
