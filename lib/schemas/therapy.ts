import { z } from 'zod';
import { citationList, type QuoteIndex } from './citation';
import { IdSchema, NonEmptyText } from './common';
import { articleFields } from './article';
import { checkReviewDates, type ReviewContext } from './review';

export interface ContentContext extends ReviewContext {
  /** Every id in the source registry. */
  sourceIds: ReadonlySet<string>;
  /** Each source's quotes by id, for cells that cite quotes. */
  quotes: QuoteIndex;
}

export function sourceIdList(context: Pick<ContentContext, 'sourceIds'>) {
  return z
    .array(IdSchema)
    .min(1, 'must cite at least one source id from content/sources.json')
    .superRefine((ids, ctx) => {
      ids.forEach((id, index) => {
        if (!context.sourceIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `unknown source id "${id}": add it to content/sources.json or fix the spelling`,
          });
        }
      });
    });
}

export function makeProfileSchema(context: Pick<ContentContext, 'sourceIds' | 'quotes'>) {
  const sources = sourceIdList(context);
  // A missing aspect should read as an instruction, not as "expected object, received undefined".
  const aspectError = {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? 'is missing: every profile describes every aspect listed in lib/aspects.ts, each with text and sources'
        : undefined,
  };
  const cellShape = {
    text: NonEmptyText,
    points: z.array(NonEmptyText).min(1).optional(),
    sources,
  };
  const cell = z.strictObject(cellShape, aspectError);
  // A cell citing quotes ({ source, quote }); it keeps the quotes and lists its source ids like
  // every other cell, so tables number and print it the same way.
  const quotedCell = z
    .strictObject({ ...cellShape, sources: citationList(context.quotes) }, aspectError)
    .transform((value) => ({
      ...value,
      quotes: value.sources,
      sources: [...new Set(value.sources.map((ref) => ref.source))],
    }));
  const caution = z.strictObject({ id: IdSchema, label: NonEmptyText, note: NonEmptyText });

  return z.strictObject({
    /** Short name for table headers. */
    name: NonEmptyText,
    /** Used by the decision helper: a targeted muscle treatment or a whole-body approach. */
    approach: z.enum(['targeted', 'whole-body']),
    /** schema.org MedicalTherapy medicineSystem, where one applies. */
    medicineSystem: z.enum(['TraditionalChinese', 'WesternConventional']).optional(),
    origin: cell,
    focus: cell,
    practitioners: cell,
    // "What people use it for" is not here: it is built from content/conditions/, one source of truth.
    technique: cell,
    session: cell,
    commonSideEffects: cell,
    seriousRisks: cell,
    cautions: z.strictObject(
      { ...cellShape, items: z.array(caution).min(1, 'must list at least one caution') },
      aspectError,
    ),
    training: cell,
    evidence: cell,
    cost: quotedCell,
  });
}

export function makeTherapySchema(context: ContentContext) {
  return z
    .strictObject({
      ...articleFields,
      profile: makeProfileSchema(context),
    })
    .superRefine((doc, ctx) => checkReviewDates(doc, ctx, context));
}

export type TherapyDoc = z.infer<ReturnType<typeof makeTherapySchema>>;
export type Profile = TherapyDoc['profile'];
export type Cell = Profile['origin'];
export type CautionItem = Profile['cautions']['items'][number];
