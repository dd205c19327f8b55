import { z } from 'zod';
import { IdSchema, IsoDateSchema, NonEmptyText } from './common';

/**
 * A citation names a source and one of its quotes: the exact words that back the claim. Every
 * citation in the site (profile cells, condition files, MDX <Cite>, glossary, helper text) uses
 * this one shape, so one rule checks them all.
 */

export const MAX_QUOTE_WORDS = 40;

export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);

export const QuoteSchema = z.strictObject({
  id: IdSchema,
  /** The source's own words, exactly as read. */
  text: NonEmptyText.refine(
    (text) => text.split(/\s+/).filter(Boolean).length <= MAX_QUOTE_WORDS,
    `is longer than ${MAX_QUOTE_WORDS} words: quote only the words that back the claim`,
  ),
  /**
   * Where the words were read, when that was a copy rather than the source's own page. Old copies
   * often live at http:// addresses; this records where we looked, it is never a link for patients.
   */
  seenAt: z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'must be the full http:// or https:// address of the copy the words were read in',
    })
    .optional(),
  confidence: ConfidenceSchema,
  /** The day someone last read these words in the source (or the copy named by seenAt). */
  checked: IsoDateSchema,
});

const QUOTE_FORM = '{ source: <source id>, quote: <quote id> }';

/** How a profile cell, condition file or glossary term cites: `{ source: brady-2014, quote: mild-rate }`. */
export const CitationRefSchema = z.strictObject(
  {
    source: IdSchema,
    quote: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `is missing: a citation names one of the source's quotes, as ${QUOTE_FORM}`
            : undefined,
      })
      .pipe(IdSchema),
  },
  {
    // The old form, a bare source id, gets an instruction rather than "expected object".
    error: (issue) =>
      typeof issue.input === 'string'
        ? `"${issue.input}" names a source but no quote: write { source: ${issue.input}, quote: <quote id> }`
        : undefined,
  },
);

export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Strongest first: a claim is as strong as the best quote behind it. */
export const CONFIDENCE_ORDER: readonly Confidence[] = ['high', 'medium', 'low'];
export type Quote = z.infer<typeof QuoteSchema>;
export type CitationRef = z.infer<typeof CitationRefSchema>;

/** What a citation list needs to know of the registry: each source's quotes by id. */
export type QuoteIndex = ReadonlyMap<string, ReadonlyMap<string, Pick<Quote, 'confidence'>>>;

/** Why one citation does not resolve, or undefined when it does. */
export function citationProblem(ref: CitationRef, quotes: QuoteIndex): string | undefined {
  const source = quotes.get(ref.source);
  if (!source) {
    return `unknown source id "${ref.source}": add it to content/sources.json or fix the spelling`;
  }
  if (!source.has(ref.quote)) {
    const known = [...source.keys()];
    return `source "${ref.source}" has no quote "${ref.quote}"${
      known.length
        ? ` (its quotes: ${known.join(', ')})`
        : ': add the quote to content/sources.json'
    }`;
  }
  return undefined;
}

/** A claim may not rest on low-confidence quotes alone. */
export function restsOnlyOnLowConfidence(
  refs: readonly CitationRef[],
  quotes: QuoteIndex,
): boolean {
  return (
    refs.length > 0 &&
    refs.every((ref) => quotes.get(ref.source)?.get(ref.quote)?.confidence === 'low')
  );
}

/** The strongest confidence among the quotes a claim rests on; undefined if none resolve. */
export function claimConfidence(
  refs: readonly CitationRef[],
  quotes: QuoteIndex,
): Confidence | undefined {
  const marks = new Set(refs.map((ref) => quotes.get(ref.source)?.get(ref.quote)?.confidence));
  return CONFIDENCE_ORDER.find((level) => marks.has(level));
}

/** Every problem with one claim's citations, each with the index of the citation at fault. */
export function claimProblems(
  refs: readonly CitationRef[],
  quotes: QuoteIndex,
): { index?: number; message: string }[] {
  const problems: { index?: number; message: string }[] = [];
  refs.forEach((ref, index) => {
    const problem = citationProblem(ref, quotes);
    if (problem) problems.push({ index, message: problem });
  });
  if (restsOnlyOnLowConfidence(refs, quotes)) problems.push({ message: LOW_ONLY });
  return problems;
}

const LOW_ONLY =
  'rests only on low-confidence quotes: add a medium- or high-confidence quote, or leave the claim out';

/**
 * A non-empty list of citations, each resolved against the registry, that does not rest only on
 * low-confidence quotes. Messages name the index of the bad entry so editors find it.
 */
export function citationList(quotes: QuoteIndex) {
  return z
    .array(CitationRefSchema, {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing: cite at least one quote as { source: <source id>, quote: <quote id> }'
          : undefined,
    })
    .min(1, 'must cite at least one quote as { source: <source id>, quote: <quote id> }')
    .superRefine((refs, ctx) => {
      for (const { index, message } of claimProblems(refs, quotes)) {
        ctx.addIssue({ code: 'custom', path: index === undefined ? [] : [index], message });
      }
    });
}

/** The id that anchors one quote on /sources: `brady-2014--mild-rate`. */
export function quoteAnchorId(ref: CitationRef): string {
  return `${ref.source}--${ref.quote}`;
}

export function quoteIndexOf(
  sources: readonly { id: string; quotes?: readonly Pick<Quote, 'id' | 'confidence'>[] }[],
): QuoteIndex {
  return new Map(
    sources.map((source) => [
      source.id,
      new Map((source.quotes ?? []).map((quote) => [quote.id, quote])),
    ]),
  );
}
