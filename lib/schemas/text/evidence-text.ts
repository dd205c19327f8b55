import { z } from 'zod';
import { NonEmptyText } from '../common';
import { templateSchema } from '../template';

/**
 * Words for citations, reference lists and the article frame around them (content/site-text.yaml,
 * `evidence:`). The {slots} are filled in by the component that shows them.
 */
export const EvidenceTextSchema = z.strictObject({
  /** Said to screen readers after a link that leaves the site. */
  externalLink: NonEmptyText,
  /** A citation number and the quote it opens in place. */
  cite: z.strictObject({
    label: templateSchema('number', 'title', 'publisher'),
    says: templateSchema('publisher'),
    loading: NonEmptyText,
    failed: NonEmptyText,
    sourcePage: NonEmptyText,
    hide: NonEmptyText,
    hideWhose: templateSchema('publisher'),
  }),
  /** An article's numbered reference list. */
  references: z.strictObject({ heading: NonEmptyText, sourcePage: NonEmptyText }),
  /** A condition page's numbered sources. */
  quotedSources: z.strictObject({ heading: NonEmptyText, sourcePage: NonEmptyText }),
  /** The fold under a comparison cell. */
  sourcesSay: z.strictObject({ summary: NonEmptyText }),
  /** The addresses a printed table or box lists. */
  printedSources: z.strictObject({ heading: NonEmptyText }),
  /** The line of source links under a quoted passage. */
  sourceLinks: z.strictObject({ one: NonEmptyText, many: NonEmptyText }),
  /** Words the MDX tags add around an article's own. */
  mdx: z.strictObject({
    table: NonEmptyText,
    tableNamed: templateSchema('headings'),
    comparisonCaption: NonEmptyText,
  }),
  /** The frame of an article: its tools, contents, further and related reading, guide pager. */
  article: z.strictObject({
    therapyEyebrow: NonEmptyText,
    guideEyebrow: NonEmptyText,
    contents: NonEmptyText,
    furtherReading: NonEmptyText,
    relatedReading: NonEmptyText,
    moreGuides: NonEmptyText,
    previousGuide: NonEmptyText,
    nextGuide: NonEmptyText,
    reviewDue: NonEmptyText,
  }),
  /** Print and share buttons, and what they say happened. */
  pageTools: z.strictObject({
    print: NonEmptyText,
    share: NonEmptyText,
    copyLink: NonEmptyText,
    shareFailed: templateSchema('url'),
    copied: NonEmptyText,
    copyFailed: templateSchema('url'),
  }),
});

export type EvidenceText = z.infer<typeof EvidenceTextSchema>;
export type CiteWords = EvidenceText['cite'];

/** The sentences among these words (labels left out), for the reading-grade check. */
export const evidenceProse = (text: EvidenceText): string[] => [
  text.cite.loading,
  text.cite.failed,
  text.pageTools.copied,
];
