import { z } from 'zod';
import { IsoDateSchema } from './common';

/** What kind of change a page had: a mistake put right, new or reworded facts, or a new page. */
export const CHANGE_KINDS = ['correction', 'update', 'new'] as const;
export const ChangeKindSchema = z.enum(CHANGE_KINDS, {
  error: (issue) =>
    issue.input === undefined
      ? `is missing: use one of ${CHANGE_KINDS.join(', ')}`
      : `must be one of ${CHANGE_KINDS.join(', ')} (not "${String(issue.input)}")`,
});

export const MAX_CHANGE_LENGTH = 300;

const isRealDate = (value: string) => IsoDateSchema.safeParse(value).success;

// The line is shown as written on pages and in the feed, so it holds no markup an editor might
// expect to be rendered (HTML tags, Markdown links or emphasis, MDX braces).
const MARKUP = /<|>|\[|\]|\*|_|`|\{|\}|^#/;

const ChangeTextSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined ? 'is missing: say in one plain line what changed' : 'must be text',
  })
  .trim()
  .min(1, 'must not be empty: say in one plain line what changed')
  .max(MAX_CHANGE_LENGTH, `must be at most ${MAX_CHANGE_LENGTH} characters: keep it to one line`)
  .refine((text) => !/[\r\n]/.test(text), 'must be one line, with no line breaks')
  .refine(
    (text) => !MARKUP.test(text),
    'must be plain text: no HTML, Markdown or braces (< > [ ] * _ ` { } or a leading #)',
  );

export const ChangeSchema = z.strictObject({
  date: IsoDateSchema,
  kind: ChangeKindSchema,
  text: ChangeTextSchema,
});

const EXAMPLE = 'like [{ date: "2026-11-29", kind: new, text: "First published." }]';

/**
 * A page's public list of changes, oldest first: an editor adds a line at the end, so earlier
 * lines keep their place (and their anchors and feed ids).
 */
export const ChangesSchema = z
  .array(ChangeSchema, {
    error: (issue) =>
      issue.input === undefined ? `is missing: list the page's changes, ${EXAMPLE}` : undefined,
  })
  .min(1, `must list at least one change, ${EXAMPLE}`)
  .superRefine((changes, ctx) => {
    changes.forEach((change, index) => {
      const before = changes[index - 1];
      // A date that is not a real YYYY-MM-DD is reported once, by its own schema.
      if (!before || !isRealDate(change.date) || !isRealDate(before.date)) return;
      if (change.date < before.date) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: `is before the change above it (${before.date}): list changes oldest first, adding new ones at the end`,
        });
      }
    });
  });

export type Change = z.infer<typeof ChangeSchema>;
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

/**
 * The calendar rule: no change dated after today. Only the build passes `today`, so a running
 * server never fails on a date.
 */
export function checkChangeDates(
  changes: readonly Change[],
  ctx: z.RefinementCtx,
  today: string | undefined,
) {
  if (today === undefined) return;
  changes.forEach((change, index) => {
    if (isRealDate(change.date) && change.date > today) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes', index, 'date'],
        message: `is in the future (${change.date}); use the date the change was published`,
      });
    }
  });
}
