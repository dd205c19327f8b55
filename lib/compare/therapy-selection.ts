import { z } from 'zod';
import { IdSchema } from '../schemas/common';

/** What the page needs to know about each therapy to check a request against it. */
export interface TherapyChoice {
  slug: string;
  name: string;
}

export interface TherapySelection {
  /** The therapies to show as columns, in the order asked for (all of them when nothing valid was asked). */
  slugs: string[];
  /** Plain sentences saying what was wrong with the request; empty when it was fine. */
  problems: string[];
}

/** Longer than any sensible request: stops a huge address from costing work to read. */
export const MAX_SELECTION_LENGTH = 400;
export const MIN_COLUMNS = 2;

/** `?therapies=` as Next.js hands it over: absent, once, or repeated (a checkbox form repeats it). */
const RawTherapiesParam = z.union([z.string(), z.array(z.string())]).optional();

/**
 * The schema for the therapies a visitor asked to compare. Messages are for patients, and never
 * repeat a value that is not a well-formed slug, so no markup from the address reaches the page.
 */
export function makeTherapySelectionSchema(choices: readonly TherapyChoice[]) {
  const names = new Map(choices.map((choice) => [choice.slug, choice.name]));
  const known = choices.map((choice) => choice.name).join(', ');
  return z.array(z.string()).superRefine((values, ctx) => {
    if (values.join(',').length > MAX_SELECTION_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        message: 'The list of therapies in the address is too long to read.',
      });
      return;
    }
    const problems: string[] = [];
    const wellFormed = values.filter((value) => IdSchema.safeParse(value).success);
    if (wellFormed.length < values.length)
      problems.push('The address names a therapy in a form we could not read.');
    for (const slug of new Set(wellFormed.filter((value) => !names.has(value)))) {
      problems.push(`“${slug}” is not a therapy on this site.`);
    }
    if (problems.length > 0) problems.push(`Therapies on this site: ${known}.`);
    for (const slug of new Set(
      wellFormed.filter((value, index) => wellFormed.indexOf(value) !== index),
    )) {
      problems.push(
        `${names.get(slug) ?? slug} is chosen more than once. Choose each therapy once.`,
      );
    }
    // Only worth saying when nothing else is wrong: otherwise it hides the real mistake.
    if (problems.length === 0 && new Set(wellFormed).size < MIN_COLUMNS) {
      problems.push(`Choose at least ${MIN_COLUMNS} therapies to compare.`);
    }
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
  });
}

/**
 * Reads `?therapies=a,b` (or `?therapies=a&therapies=b`) into the columns to show. Any problem
 * falls back to every therapy with a message, so a bad address never breaks the page.
 */
export function parseTherapySelection(
  param: unknown,
  choices: readonly TherapyChoice[],
): TherapySelection {
  const all = choices.map((choice) => choice.slug);
  const raw = RawTherapiesParam.safeParse(param);
  if (!raw.success)
    return {
      slugs: all,
      problems: ['The address asks for therapies in a form we could not read.'],
    };
  if (raw.data === undefined) return { slugs: all, problems: [] };
  const values = (Array.isArray(raw.data) ? raw.data : [raw.data])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const result = makeTherapySelectionSchema(choices).safeParse(values);
  if (!result.success)
    return { slugs: all, problems: result.error.issues.map((issue) => issue.message) };
  return { slugs: result.data, problems: [] };
}
