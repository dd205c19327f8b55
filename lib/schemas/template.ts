import { z } from 'zod';

const PLACEHOLDER = /\{([a-z]+)\}/gi;

/** The names in braces in a line of interface text, like ["date"] for "Checked on {date}." */
export const placeholdersOf = (template: string) =>
  [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');

/**
 * A line of interface text with slots the page fills in. Each slot the code fills must be there
 * (or the page would leave out the date, say), and no other: an unknown one would show as written.
 */
export function templateSchema(...slots: string[]) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .superRefine((template, ctx) => {
      const found = placeholdersOf(template);
      for (const slot of slots) {
        if (!found.includes(slot)) {
          ctx.addIssue({
            code: 'custom',
            message: `must include {${slot}}, where the page fills it in`,
          });
        }
      }
      for (const name of found) {
        if (!slots.includes(name)) {
          ctx.addIssue({
            code: 'custom',
            message: `has {${name}}, which the page cannot fill in: use ${slots.map((slot) => `{${slot}}`).join(', ') || 'no braces'}`,
          });
        }
      }
    });
}
