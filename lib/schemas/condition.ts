import { z } from 'zod';
import { citationList, type CitationRef, type QuoteIndex } from './citation';
import { IdSchema, NonEmptyText } from './common';
import { checkReviewDates, reviewFields, type ReviewContext } from './review';
import { EvidenceRatingSchema } from '../evidence-rating';
import { warningSetList } from './warning-signs';

/**
 * One health problem, one file in content/conditions/. For every therapy it says what research
 * found (rated on the one scale in lib/evidence-rating.ts), what guidelines say, what coverage a
 * source states and how many sessions studies or payers use; and it names the sets of warning
 * signs (content/warning-signs.yaml) its page shows.
 * Every statement cites a quote.
 */

export const PLACES = [
  { id: 'us', label: 'US' },
  { id: 'england', label: 'England' },
  { id: 'worldwide', label: 'Worldwide' },
] as const;

export const STANCES = [
  { id: 'recommends', label: 'Recommends it' },
  { id: 'may-consider', label: 'Says it may be considered' },
  { id: 'does-not-recommend', label: 'Does not recommend it' },
  { id: 'advises-against', label: 'Advises against it' },
  { id: 'silent', label: 'Says nothing about it' },
] as const;

const ids = <T extends { id: string }>(list: readonly T[]) =>
  list.map((item) => item.id) as [T['id'], ...T['id'][]];

export const PlaceSchema = z.enum(ids(PLACES));
export const StanceSchema = z.enum(ids(STANCES));

export interface ConditionContext extends ReviewContext {
  quotes: QuoteIndex;
  /** Every therapy file's slug: a condition speaks to each, and to nothing else. */
  therapySlugs: ReadonlySet<string>;
  /** Every set id in content/warning-signs.yaml. */
  warningSetIds: ReadonlySet<string>;
}

export function makeConditionSchema(context: ConditionContext) {
  const cites = citationList(context.quotes);
  const statement = z.strictObject({ text: NonEmptyText, sources: cites });
  const guideline = z.strictObject({
    /** Who issued it, as readers know it: "NICE (guideline NG59)". */
    body: NonEmptyText,
    where: PlaceSchema,
    stance: StanceSchema,
    text: NonEmptyText,
    sources: cites,
  });
  const coverage = z.strictObject({ where: PlaceSchema, text: NonEmptyText, sources: cites });

  const entry = z
    .strictObject({
      rating: EvidenceRatingSchema,
      /** One plain sentence: what research found. Shown on the map, the profiles and the helper. */
      summary: statement.optional(),
      research: z.array(statement),
      guidelines: z.array(guideline),
      coverage: z.array(coverage),
      /** How many sessions studies or payers use, where a source gives it. */
      sessions: statement.optional(),
    })
    .superRefine((value, ctx) => {
      const studied = value.rating !== 'no-good-studies';
      if (studied && !value.summary) {
        ctx.addIssue({
          code: 'custom',
          path: ['summary'],
          message: `is missing: say in one cited sentence what research found (rating "${value.rating}")`,
        });
      }
      if (studied && value.research.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['research'],
          message: `must list at least one cited finding for rating "${value.rating}"`,
        });
      }
      if (citationsOfEntry(value).length === 0) {
        ctx.addIssue({
          code: 'custom',
          message:
            'cites no quote: every therapy entry needs at least one cited statement (research, guideline or coverage)',
        });
      }
    });

  const therapies = z
    .record(z.string(), z.unknown(), {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing: give an entry for every therapy in content/therapies/'
          : undefined,
    })
    .superRefine((record, ctx) => {
      for (const slug of context.therapySlugs) {
        if (!(slug in record)) {
          ctx.addIssue({
            code: 'custom',
            path: [slug],
            message: `is missing: every condition needs an entry for every therapy (use rating "no-good-studies" when none was found)`,
          });
        }
      }
      for (const [slug, value] of Object.entries(record)) {
        if (!context.therapySlugs.has(slug)) {
          ctx.addIssue({
            code: 'custom',
            path: [slug],
            message: `unknown therapy "${slug}": it must match a file in content/therapies/`,
          });
          continue;
        }
        const parsed = entry.safeParse(value);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            ctx.addIssue({ code: 'custom', path: [slug, ...issue.path], message: issue.message });
          }
        }
      }
    })
    .transform((record) => record as Record<string, z.infer<typeof entry>>);

  return z
    .strictObject({
      slug: IdSchema,
      name: NonEmptyText,
      /** Other words readers use for it; search finds the page by these. */
      aliases: z.array(NonEmptyText).optional(),
      summary: NonEmptyText,
      description: z
        .string()
        .trim()
        .min(50)
        .max(170, 'must be at most 170 characters for search results'),
      ...reviewFields,
      /** The warning-sign sets the page shows, most urgent first, by id. */
      warningSigns: warningSetList(context.warningSetIds).min(
        1,
        'must name at least one set of warning signs from content/warning-signs.yaml',
      ),
      therapies,
    })
    .superRefine((doc, ctx) => checkReviewDates(doc, ctx, context));
}

export type ConditionDoc = z.infer<ReturnType<typeof makeConditionSchema>>;
export type ConditionEntry = ConditionDoc['therapies'][string];
export type Statement = NonNullable<ConditionEntry['summary']>;
export type Guideline = ConditionEntry['guidelines'][number];
export type Place = z.infer<typeof PlaceSchema>;
export type Stance = z.infer<typeof StanceSchema>;

/** Every citation in one therapy entry, in reading order. */
export function citationsOfEntry(entry: {
  summary?: { sources: readonly CitationRef[] };
  research: readonly { sources: readonly CitationRef[] }[];
  guidelines: readonly { sources: readonly CitationRef[] }[];
  coverage: readonly { sources: readonly CitationRef[] }[];
  sessions?: { sources: readonly CitationRef[] };
}): CitationRef[] {
  return [
    ...(entry.summary?.sources ?? []),
    ...entry.research.flatMap((item) => item.sources),
    ...entry.guidelines.flatMap((item) => item.sources),
    ...entry.coverage.flatMap((item) => item.sources),
    ...(entry.sessions?.sources ?? []),
  ];
}

export const placeLabel = (id: Place) => PLACES.find((place) => place.id === id)?.label ?? id;
export const stanceLabel = (id: Stance) => STANCES.find((stance) => stance.id === id)?.label ?? id;
