import { z } from 'zod';

/** Ids are lowercase kebab-case so they work as URL fragments and slugs. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, like "nccih-acupuncture"');

/** A calendar date written as YYYY-MM-DD that really exists (no 31 February). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date');

export const HttpsUrlSchema = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'must be a full https:// address',
});

export const NonEmptyText = z.string().trim().min(1, 'must not be empty');

/** A list whose items' ids must each appear once; the message names the repeated id. */
export function withUniqueIds<T extends { id: string }>(item: z.ZodType<T>, what: string) {
  return z
    .array(item)
    .min(1, `must list at least one ${what}`)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `"${entry.id}" is listed twice`,
          });
        }
        seen.add(entry.id);
      });
    });
}
