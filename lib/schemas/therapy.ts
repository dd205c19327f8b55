import { z } from 'zod';
import { IdSchema, NonEmptyText } from './common';
import { articleFields } from './article';
import { citationList, type QuoteIndex } from './citation';
import { checkReviewDates, type ReviewContext } from './review';

export interface ContentContext extends ReviewContext {
  /** Every source in the registry, with its quotes: what citations resolve against. */
  quotes: QuoteIndex;
}

/**
 * Sources a page lists for further reading (links, not citations): every id must be registered.
 * A source listed here needs no quotes, since no claim rests on it.
 */
export function furtherReadingList(context: Pick<ContentContext, 'quotes'>) {
  return z.array(IdSchema).superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      if (!context.quotes.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `unknown source id "${id}": add it to content/sources.json or fix the spelling`,
        });
      }
    });
  });
}

export function makeProfileSchema(context: Pick<ContentContext, 'quotes'>) {
  const sources = citationList(context.quotes);
  // A missing aspect should read as an instruction, not as "expected object, received undefined".
  const aspectError = {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? 'is missing: every profile describes every aspect listed in lib/schemas/profile-aspects.ts, each with text and sources ({ source, quote })'
        : undefined,
  };
  const cellShape = {
    text: NonEmptyText,
    points: z.array(NonEmptyText).min(1).optional(),
    sources,
  };
  const cell = z.strictObject(cellShape, aspectError);
  // Each caution cites its own quotes, so the helper never quotes one under another's sources.
  const caution = z.strictObject({
    id: IdSchema,
    label: NonEmptyText,
    note: NonEmptyText,
    sources,
  });

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
    cost: cell,
  });
}

export function makeTherapySchema(context: ContentContext) {
  return z
    .strictObject({
      ...articleFields,
      profile: makeProfileSchema(context),
      /** The therapy's own pages at NCCIH, Cleveland Clinic and the like, listed at the end. */
      furtherReading: furtherReadingList(context).min(
        1,
        "must list at least one source id: the therapy's own pages patients can read next",
      ),
    })
    .superRefine((doc, ctx) => checkReviewDates(doc, ctx, context));
}

export type TherapyDoc = z.infer<ReturnType<typeof makeTherapySchema>>;
export type Profile = TherapyDoc['profile'];
export type Cell = Profile['origin'];
