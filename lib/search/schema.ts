import { z } from 'zod';

// This schema also runs in the browser (live search). Zod's optional JIT probes `new Function`, which
// our Content-Security-Policy (no 'unsafe-eval') reports as a violation; parse without it instead.
z.config({ jitless: true });

export const SEARCH_KINDS = ['therapy', 'guide', 'condition', 'glossary', 'comparison'] as const;
export const SearchKindSchema = z.enum(SEARCH_KINDS);

/** One thing a reader can find: a page, a glossary term or a row of the comparison. */
export const SearchDocSchema = z.strictObject({
  id: z.string().min(1),
  kind: SearchKindSchema,
  title: z.string().min(1),
  url: z.string().startsWith('/'),
  /** One or two sentences that stand for the whole; the snippet when the match is in the title. */
  summary: z.string(),
  /** Other names a reader may search for: aliases, the glossary term, therapy names. */
  keywords: z.string(),
  headings: z.string(),
  /** The plain text a reader reads; snippets are cut from it. */
  text: z.string(),
});

/** A run of snippet text; `mark` runs are the words that matched. */
export const SegmentSchema = z.strictObject({ text: z.string(), mark: z.boolean() });

export const SearchHitSchema = z.strictObject({
  id: z.string(),
  kind: SearchKindSchema,
  title: z.string(),
  url: z.string().startsWith('/'),
  snippet: z.array(SegmentSchema),
});

/**
 * Every answer the search gives, including the ones that are not results, so the page, the
 * JSON endpoint and the live client all say the same thing.
 */
export const SearchOutcomeSchema = z.strictObject({
  /** The query as we used it: cleaned and capped. */
  query: z.string(),
  /** The reader typed more than the cap and we cut it. */
  truncated: z.boolean(),
  status: z.enum(['empty', 'no-words', 'none', 'results']),
  /** True when no page had every word, so we show pages with any of them. */
  partial: z.boolean(),
  total: z.number().int().min(0),
  hits: z.array(SearchHitSchema),
});

export type SearchKind = z.infer<typeof SearchKindSchema>;
export type SearchDoc = z.infer<typeof SearchDocSchema>;
export type Segment = z.infer<typeof SegmentSchema>;
export type SearchOutcome = z.infer<typeof SearchOutcomeSchema>;
