import { z } from 'zod';
import { claimProblems, type QuoteIndex } from './citation';
import { IdSchema } from './common';

/**
 * What a rating rests on: for one therapy and one problem, the findings of the reviews, each
 * described by the same five facts and each fact cited to the quote that states it. The rating is
 * computed from these (lib/schemas/evidence-rating.ts); nobody picks it by hand.
 */

/**
 * What the therapy was tested against. Sham pooled with other controls tells us nothing about sham
 * alone, nor about no treatment alone; "not-stated" when the quote does not say.
 */
export const COMPARISONS = [
  'sham',
  'sham-grouped-with-others',
  'no-treatment-or-usual-care',
  'another-treatment',
  'not-stated',
] as const;
export const DIRECTIONS = ['better', 'no-different', 'worse', 'mixed', 'not-reported'] as const;
/** The size of the gain against what matters to patients, as the review judged it. */
export const SIZES = ['important', 'small-or-below-threshold', 'not-reported'] as const;
/**
 * Certainty as the review itself states it; "not-stated" when it gives none. A range ("very low to
 * moderate") is recorded as its lowest end.
 */
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low', 'not-stated'] as const;
export const DURATIONS = ['short-term', 'up-to-months', 'long-term', 'not-reported'] as const;

/** Values that record an absence: the quote that shows it is welcome but not required. */
const ABSENT = new Set<string>(['not-reported', 'not-stated']);

export const EVIDENCE_FIELDS = [
  'comparison',
  'direction',
  'size',
  'certainty',
  'duration',
] as const;

/** Written in a condition file when reviews were searched and none tested this therapy. */
export const NONE_FOUND = 'none-found';

function citedValue<const T extends readonly [string, ...string[]]>(
  field: string,
  values: T,
  quotes: QuoteIndex,
) {
  return z
    .strictObject(
      {
        value: z.enum(values, {
          error: (issue) =>
            issue.input === undefined
              ? `is missing: give the ${field} as one of ${values.join(', ')}`
              : `"${String(issue.input)}" is not a ${field}: use one of ${values.join(', ')}`,
        }),
        source: IdSchema.optional(),
        quote: IdSchema.optional(),
      },
      {
        error: (issue) =>
          issue.input === undefined
            ? `is missing: write ${field}: { value: <${values.join(' | ')}>, source: <source id>, quote: <quote id> }`
            : undefined,
      },
    )
    .superRefine((item, ctx) => {
      if (item.source === undefined || item.quote === undefined) {
        if (item.source !== undefined || item.quote !== undefined || !ABSENT.has(item.value)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${item.value}" needs its citation: add source and quote (the words that state the ${field})`,
          });
        }
        return;
      }
      for (const { message } of claimProblems(
        [{ source: item.source, quote: item.quote }],
        quotes,
      )) {
        ctx.addIssue({ code: 'custom', message });
      }
    });
}

export function makeEvidenceSchema(quotes: QuoteIndex) {
  const finding = z
    .strictObject({
      comparison: citedValue('comparison', COMPARISONS, quotes),
      direction: citedValue('direction', DIRECTIONS, quotes),
      size: citedValue('size', SIZES, quotes),
      certainty: citedValue('certainty', CERTAINTIES, quotes),
      duration: citedValue('duration', DURATIONS, quotes),
    })
    .refine(
      (item) => EVIDENCE_FIELDS.some((field) => item[field].source !== undefined),
      'cites no quote: a finding must cite the words of the review it comes from in at least one field',
    );
  const findings = z.array(finding).min(1, 'must list at least one finding');
  // Not a z.union: a union reports only "no option matched", and editors need the field at fault.
  return z.unknown().transform((value, ctx): typeof NONE_FOUND | z.infer<typeof findings> => {
    if (value === NONE_FOUND) return NONE_FOUND;
    if (!Array.isArray(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be "${NONE_FOUND}" (no studies found) or a list of findings, each with ${EVIDENCE_FIELDS.join(', ')}`,
      });
      return z.NEVER;
    }
    const result = findings.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    return z.NEVER;
  });
}

export type Evidence = z.infer<ReturnType<typeof makeEvidenceSchema>>;
export type Finding = Exclude<Evidence, typeof NONE_FOUND>[number];
export type Size = (typeof SIZES)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Duration = (typeof DURATIONS)[number];
