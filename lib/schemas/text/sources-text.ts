import { z } from 'zod';
import { NonEmptyText } from '../common';
import { SOURCE_KINDS, type SourceKind } from '../source';
import { CONFIDENCE_ORDER, type Confidence } from '../citation';
import { templateSchema } from '../template';

/** One heading per kind of source, every kind named: a kind without a heading would show blank. */
const kindHeadings = z.strictObject(
  Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, NonEmptyText])) as Record<
    SourceKind,
    typeof NonEmptyText
  >,
);

/** What each confidence mark means, said to the reader under every quote. */
const confidenceMeanings = z.strictObject(
  Object.fromEntries(CONFIDENCE_ORDER.map((level) => [level, NonEmptyText])) as Record<
    Confidence,
    typeof NonEmptyText
  >,
);

/**
 * Words for /sources (a short index, one line per source, grouped by kind) and for each source's
 * own page /sources/<id> (its quotes, where and when each was read, and the pages that use them).
 */
export const SourcesTextSchema = z.strictObject({
  index: z.strictObject({
    title: NonEmptyText,
    description: NonEmptyText,
    intro: NonEmptyText,
    /** The link to the about page's section on how sources are chosen. */
    howWeChoose: NonEmptyText,
    kinds: kindHeadings,
    /** The sharing card's eyebrow and its image description. */
    cardEyebrow: NonEmptyText,
    cardAlt: NonEmptyText,
  }),
  page: z.strictObject({
    eyebrow: NonEmptyText,
    /** The page's description for search engines and sharing cards. */
    description: templateSchema('title', 'publisher'),
    publisher: NonEmptyText,
    original: NonEmptyText,
    ourPage: NonEmptyText,
    quotesHeading: NonEmptyText,
    noQuotes: NonEmptyText,
    checked: templateSchema('date'),
    howSure: templateSchema('meaning'),
    confidence: confidenceMeanings,
    statementsHeading: NonEmptyText,
    citedOnHeading: NonEmptyText,
    notCited: NonEmptyText,
    furtherReadingHeading: NonEmptyText,
    /** How a condition page is named among the pages that use a source. */
    conditionPage: templateSchema('name'),
  }),
});

export type SourcesText = z.infer<typeof SourcesTextSchema>;

/** The sentences of the section a reader reads as prose, for the reading-grade check. */
export function sourcesTextProse(text: SourcesText): string[] {
  return [
    text.index.intro,
    text.index.description,
    text.page.noQuotes,
    text.page.notCited,
    ...Object.values(text.page.confidence),
  ];
}
