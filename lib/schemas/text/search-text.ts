import { z } from 'zod';
import { NonEmptyText } from '../common';
import { templateSchema } from '../template';

/** Every word of site search (content/site-text.yaml `search:`): the page, its form and its answers. */
export const SearchTextSchema = z.strictObject({
  title: NonEmptyText,
  resultsTitle: templateSchema('query'),
  description: NonEmptyText,
  label: NonEmptyText,
  hint: templateSchema('max'),
  button: NonEmptyText,
  resultsLabel: NonEmptyText,
  liveFailed: NonEmptyText,
  /** What each kind of result is called, above its title. */
  kinds: z.strictObject({
    therapy: NonEmptyText,
    guide: NonEmptyText,
    condition: NonEmptyText,
    glossary: NonEmptyText,
    comparison: NonEmptyText,
  }),
  /** Shown when nothing matched: other ways to find it. */
  elsewhere: z.strictObject({
    heading: NonEmptyText,
    compare: NonEmptyText,
    glossary: NonEmptyText,
    helper: NonEmptyText,
  }),
  /** The one sentence, read aloud, that says what the search found (or why it found nothing). */
  outcome: z.strictObject({
    capped: templateSchema('max'),
    empty: NonEmptyText,
    noWords: templateSchema('query'),
    none: templateSchema('query'),
    resultOne: templateSchema('count', 'query'),
    resultMany: templateSchema('count', 'query'),
    partial: NonEmptyText,
    shown: templateSchema('count'),
  }),
});

export type SearchText = z.infer<typeof SearchTextSchema>;

/** Every sentence of search a reader may see, for the reading-grade check. */
export const searchProse = (text: SearchText): string[] => [
  text.description,
  text.liveFailed,
  text.outcome.empty,
  text.outcome.none,
  text.outcome.partial,
];
