import { z } from 'zod';
import { citationList, type CitationRef, type QuoteIndex } from './citation';
import { IdSchema, NonEmptyText } from './common';
import { checkReviewDates, reviewFields, type ReviewContext } from './review';
import { isRatingLevel, rateEvidence, RATING_LEVELS, type Rating } from './evidence-rating';
import { EVIDENCE_FIELDS, makeEvidenceSchema, NONE_FOUND } from './evidence';
import { warningSetList } from './warning-signs';

/**
 * One health problem, one file in content/conditions/. For each therapy it records the evidence
 * (comparison, direction, size, certainty, duration, each cited), from which the rating is
 * computed by the one rule in lib/schemas/evidence-rating.ts; what research found in words, what
 * guidelines say, what coverage a source states and how many sessions studies or payers use; and
 * it names the sets of warning signs (content/warning-signs.yaml) its page shows. Every statement
 * cites a quote. A therapy the file does not speak to, or speaks to without evidence, is "not
 * reviewed yet": the build lists it, and passes.
 */

/** Where a guideline or coverage applies; what each is called lives in site text (`labels.places`). */
export const PLACE_IDS = ['us', 'england', 'worldwide'] as const;

/** What a guideline says about a therapy; the words are in site text (`labels.stances`). */
export const STANCE_IDS = [
  'recommends',
  'may-consider',
  'does-not-recommend',
  'advises-against',
  'silent',
] as const;

export const PlaceSchema = z.enum(PLACE_IDS);
export const StanceSchema = z.enum(STANCE_IDS);

export interface ConditionContext extends ReviewContext {
  quotes: QuoteIndex;
  /** Every therapy file's slug: a condition speaks to each, and to nothing else. */
  therapySlugs: ReadonlySet<string>;
  /** Every set id in content/warning-signs.yaml. */
  warningSetIds: ReadonlySet<string>;
}

/** One therapy's entry as written: what research found, what guidelines say, what it costs. */
function entryFieldsSchema(quotes: QuoteIndex) {
  const cites = citationList(quotes);
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
  return z.strictObject({
    /**
     * Optional, and only as a check: when written, it must equal the rating the rule computes
     * from `evidence`, so an editor sees at once when the evidence and the rating part ways.
     */
    rating: z.string().optional(),
    /** What the rating rests on. Absent: not reviewed yet. "none-found": no good studies. */
    evidence: makeEvidenceSchema(quotes).optional(),
    /** One plain sentence: what research found. Shown on the map, the profiles and the helper. */
    summary: statement.optional(),
    research: z.array(statement),
    guidelines: z.array(guideline),
    coverage: z.array(coverage),
    /** How many sessions studies or payers use, where a source gives it. */
    sessions: statement.optional(),
  });
}

type EntryFields = z.output<ReturnType<typeof entryFieldsSchema>>;

/** A hand-written rating is a check: it must be a rating, and the one the evidence gives. */
function checkHandSetRating(value: EntryFields, computed: Rating, ctx: z.RefinementCtx) {
  if (value.rating === undefined) return;
  if (!isRatingLevel(value.rating)) {
    ctx.addIssue({
      code: 'custom',
      path: ['rating'],
      message: `"${value.rating}" is not a rating: use one of ${RATING_LEVELS.join(', ')}, or leave rating out (it is computed from evidence)`,
    });
  } else if (value.rating !== computed.level) {
    ctx.addIssue({
      code: 'custom',
      path: ['rating'],
      message: `says "${value.rating}", but the evidence recorded here gives "${computed.level}" under the rule in content/evidence-rule.yaml: correct the evidence, or remove rating`,
    });
  }
}

// The words a rating rests on must be on the page: each quote the evidence cites is also cited by
// the summary or a research sentence.
function checkEvidenceShown(value: EntryFields, ctx: z.RefinementCtx) {
  if (value.evidence === undefined || value.evidence === NONE_FOUND) return;
  const shown = new Set(
    [...(value.summary?.sources ?? []), ...value.research.flatMap((item) => item.sources)].map(
      (ref) => `${ref.source}#${ref.quote}`,
    ),
  );
  value.evidence.forEach((finding, index) => {
    for (const field of EVIDENCE_FIELDS) {
      const { source, quote } = finding[field];
      if (source === undefined || quote === undefined) continue;
      if (!shown.has(`${source}#${quote}`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['evidence', index, field],
          message: `cites { source: ${source}, quote: ${quote} }, which no summary or research sentence of this entry cites: say in a research sentence what it found, so readers see what the rating rests on`,
        });
      }
    }
  });
}

function checkEntry(value: EntryFields, ctx: z.RefinementCtx) {
  const computed = rateEvidence(value.evidence);
  checkHandSetRating(value, computed, ctx);
  const studied = value.evidence !== undefined && value.evidence !== NONE_FOUND;
  if (studied && !value.summary) {
    ctx.addIssue({
      code: 'custom',
      path: ['summary'],
      message: `is missing: say in one cited sentence what research found (rating "${computed.level}")`,
    });
  }
  if (studied && value.research.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['research'],
      message: `must list at least one cited finding for rating "${computed.level}"`,
    });
  }
  checkEvidenceShown(value, ctx);
  if (citationsOfEntry(value).length === 0) {
    ctx.addIssue({
      code: 'custom',
      message:
        'cites no quote: every therapy entry needs at least one cited statement (research, guideline or coverage)',
    });
  }
}

/** One therapy's entry, checked, with its rating computed by the rule (any hand-set one dropped). */
function makeEntrySchema(quotes: QuoteIndex) {
  return entryFieldsSchema(quotes)
    .superRefine(checkEntry)
    .transform(({ rating: _handSet, ...value }) => {
      void _handSet;
      const rating: Rating = rateEvidence(value.evidence);
      return { ...value, rating };
    });
}

/** Therapy slug → entry: every slug must be a therapy file; a missing therapy is only a gap. */
function therapyEntriesSchema(
  entry: ReturnType<typeof makeEntrySchema>,
  therapySlugs: ReadonlySet<string>,
) {
  return (
    z
      .record(z.string(), z.unknown(), {
        error: (issue) =>
          issue.input === undefined
            ? 'is missing: give an entry for every therapy in content/therapies/'
            : undefined,
      })
      .superRefine((record, ctx) => {
        // A therapy with no entry is "not reviewed yet": listed by scripts/check-content.ts, not
        // an error, so a new therapy file can be added before every condition speaks to it.
        for (const [slug, value] of Object.entries(record)) {
          if (!therapySlugs.has(slug)) {
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
      // Each entry is parsed again for its output: the computed rating replaces any hand-set one.
      .transform((record) =>
        Object.fromEntries(
          Object.entries(record).map(([slug, value]) => [slug, entry.parse(value)]),
        ),
      )
  );
}

export function makeConditionSchema(context: ConditionContext) {
  const entry = makeEntrySchema(context.quotes);
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
      therapies: therapyEntriesSchema(entry, context.therapySlugs),
    })
    .superRefine((doc, ctx) => checkReviewDates(doc, ctx, context));
}

export type ConditionDoc = z.infer<ReturnType<typeof makeConditionSchema>>;
export type ConditionEntry = ConditionDoc['therapies'][string];

/** The rating for one therapy on one condition: "not reviewed" when the file has no entry. */
export function ratingOf(condition: Pick<ConditionDoc, 'therapies'>, therapySlug: string): Rating {
  return condition.therapies[therapySlug]?.rating ?? rateEvidence(undefined);
}

/** The build's list of gaps, in words for the editor: one line per condition file and therapy. */
export function gapReport(gaps: readonly { file: string; therapy: string }[]): string {
  if (gaps.length === 0)
    return 'Evidence gaps: none (every condition has evidence for every therapy)';
  return [
    `Evidence gaps (${gaps.length}; pages show "not reviewed yet" until evidence is added):`,
    ...gaps.map((gap) => `  ${gap.file}: therapies.${gap.therapy}: no evidence recorded`),
  ].join('\n');
}

/** Every therapy a condition has no evidence for yet, for the build's list of gaps. */
export function evidenceGaps(
  conditions: readonly (Pick<ConditionDoc, 'therapies'> & { file: string })[],
  therapySlugs: readonly string[],
): { file: string; therapy: string }[] {
  return conditions.flatMap((condition) =>
    therapySlugs
      .filter((slug) => ratingOf(condition, slug).level === 'not-reviewed')
      .map((therapy) => ({ file: condition.file, therapy })),
  );
}

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
