import { z } from 'zod';
import { citationList, type QuoteIndex } from './citation';
import { IdSchema, NonEmptyText } from './common';
import { checkReviewDates, reviewFields, type ReviewContext } from './review';
import type { CitationRef } from './citation';
import type { CareLevel } from './mdx-tag-props';

/**
 * The one library of warning signs (content/warning-signs.yaml). Each set of signs has one
 * urgency; each urgency has one action, written once. Pages name sets by id, so a correction to a
 * sign or an action reaches every page that shows it.
 */

/** Most urgent first: a card for several sets takes the first urgency any of them has. */
export const URGENCIES = ['emergency', 'same-day', 'before-needling'] as const;
export const UrgencySchema = z.enum(URGENCIES, {
  error: (issue) => `"${String(issue.input)}" is not an urgency: use ${URGENCIES.join(', ')}`,
});
export type Urgency = z.infer<typeof UrgencySchema>;

/**
 * How each urgency looks: the emergency card keeps its own, unmistakable style. Signs a doctor
 * must check before needling keep the urgent style they always had; their heading says when.
 */
export const CARE_STYLE: Record<Urgency, CareLevel> = {
  emergency: 'emergency',
  'same-day': 'urgent',
  'before-needling': 'urgent',
};

/** The numbers every emergency instruction names, so no reader is left without theirs. */
export const EMERGENCY_NUMBERS = ['911', '999', '112'] as const;
const ANY_EMERGENCY_NUMBER = /\b(911|999|112|111)\b/;

/** The numbers a text leaves out, when it names an emergency number at all (or must). */
export function missingEmergencyNumbers(text: string, required = false): string[] {
  if (!required && !ANY_EMERGENCY_NUMBER.test(text)) return [];
  return EMERGENCY_NUMBERS.filter((number) => !new RegExp(`\\b${number}\\b`).test(text));
}

const numbersMessage = (missing: readonly string[]) =>
  `must name 911 (US), 999 (UK) and 112 (EU), so every reader finds their number: add ${missing.join(', ')}`;

export interface WarningSignsContext extends ReviewContext {
  quotes: QuoteIndex;
}

function warningSetSchema(quotes: QuoteIndex) {
  const cite = citationList(quotes);
  const passage = z.strictObject({ text: NonEmptyText, cite: cite.optional() });
  const sign = z.strictObject({
    id: IdSchema,
    text: NonEmptyText,
    /** The quotes that say this sign matters; never empty. */
    cite,
  });
  return z.strictObject({
    id: IdSchema,
    urgency: UrgencySchema,
    title: NonEmptyText,
    intro: passage.optional(),
    signs: z.array(sign).min(1, 'must list at least one sign'),
  });
}

const urgencyLevelSchema = z.strictObject({
  /** The card's heading: what to do. */
  action: NonEmptyText,
  /** General safety advice under it (ours, so uncited). */
  advice: NonEmptyText,
});

function libraryFieldsSchema(quotes: QuoteIndex) {
  return z.strictObject({
    ...reviewFields,
    urgency: z.strictObject({
      emergency: urgencyLevelSchema,
      'same-day': urgencyLevelSchema,
      'before-needling': urgencyLevelSchema,
    }),
    helper: z.array(IdSchema).min(1, 'must name at least one set for the decision helper'),
    sets: z.array(warningSetSchema(quotes)).min(1, 'must list at least one set'),
  });
}

type LibraryFields = z.output<ReturnType<typeof libraryFieldsSchema>>;

/** The emergency action names every number; any other text that names one names them all. */
function checkEmergencyNumbers(doc: LibraryFields, ctx: z.RefinementCtx) {
  const missing = missingEmergencyNumbers(doc.urgency.emergency.action, true);
  if (missing.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['urgency', 'emergency', 'action'],
      message: numbersMessage(missing),
    });
  }
  for (const key of URGENCIES) {
    const advice = missingEmergencyNumbers(doc.urgency[key].advice);
    if (advice.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['urgency', key, 'advice'],
        message: numbersMessage(advice),
      });
    }
  }
  doc.sets.forEach((entry, index) => {
    for (const [field, text] of [
      ['title', entry.title],
      ['intro', entry.intro?.text ?? ''],
    ] as const) {
      const absent = missingEmergencyNumbers(text);
      if (absent.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sets', index, field],
          message: numbersMessage(absent),
        });
      }
    }
  });
}

/** Set ids and sign ids are links from pages, so each is used once; returns the set ids. */
function checkUniqueIds(doc: LibraryFields, ctx: z.RefinementCtx): Set<string> {
  const setIds = new Set<string>();
  const signIds = new Map<string, string>();
  doc.sets.forEach((entry, index) => {
    if (setIds.has(entry.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sets', index, 'id'],
        message: `"${entry.id}" is used by another set: give each set its own id`,
      });
    }
    setIds.add(entry.id);
    entry.signs.forEach((item, signIndex) => {
      const other = signIds.get(item.id);
      if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['sets', index, 'signs', signIndex, 'id'],
          message: `"${item.id}" is already a sign of the set "${other}": sign ids are shared links, so each is used once`,
        });
      }
      signIds.set(item.id, entry.id);
    });
  });
  return setIds;
}

export function makeWarningSignsSchema(context: WarningSignsContext) {
  return libraryFieldsSchema(context.quotes).superRefine((doc, ctx) => {
    checkEmergencyNumbers(doc, ctx);
    const setIds = checkUniqueIds(doc, ctx);
    doc.helper.forEach((id, index) => {
      const problem = unknownSetProblem(id, setIds);
      if (problem) ctx.addIssue({ code: 'custom', path: ['helper', index], message: problem });
    });
    checkReviewDates(doc, ctx, context);
  });
}

/** Why a set id does not resolve, or undefined when it does. */
export function unknownSetProblem(id: string, setIds: ReadonlySet<string>): string | undefined {
  if (setIds.has(id)) return undefined;
  return `unknown warning-sign set "${id}": use one of ${[...setIds].join(', ')} (content/warning-signs.yaml), or fix the spelling`;
}

/** A list of set ids, each of which must be a set in content/warning-signs.yaml. */
export function warningSetList(setIds: ReadonlySet<string>) {
  return z.array(IdSchema).superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      const problem = unknownSetProblem(id, setIds);
      if (problem) ctx.addIssue({ code: 'custom', path: [index], message: problem });
    });
  });
}

export type WarningLibrary = z.infer<ReturnType<typeof makeWarningSignsSchema>>;
export type WarningSet = WarningLibrary['sets'][number];

/** The sets named by `ids`, in that order. */
export function setsById(library: Pick<WarningLibrary, 'sets'>, ids: readonly string[]) {
  return ids.flatMap((id) => library.sets.filter((entry) => entry.id === id));
}

/** Every sentence of the file a reader may see, for the reading-grade check. */
export function warningSignsProse(library: WarningLibrary): string {
  return [
    ...URGENCIES.flatMap((key) => [`${library.urgency[key].action}.`, library.urgency[key].advice]),
    ...library.sets.flatMap((entry) => [
      `${entry.title}.`,
      entry.intro?.text ?? '',
      ...entry.signs.map((item) => `${item.text}.`),
    ]),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Every quote a set's card shows: its intro's, then each sign's, each once. */
export function warningSetRefs(entry: Pick<WarningSet, 'intro' | 'signs'>): CitationRef[] {
  const refs = [...(entry.intro?.cite ?? []), ...entry.signs.flatMap((item) => item.cite)];
  return refs.filter(
    (ref, index) =>
      refs.findIndex((other) => other.source === ref.source && other.quote === ref.quote) === index,
  );
}

/** The helper's checkboxes: every sign of its sets, in order, with the set and urgency it has. */
export function helperSigns(library: Pick<WarningLibrary, 'sets' | 'helper'>) {
  return setsById(library, library.helper).flatMap((entry) =>
    entry.signs.map((sign) => ({
      id: sign.id,
      label: sign.text,
      set: entry.id,
      urgency: entry.urgency,
    })),
  );
}
