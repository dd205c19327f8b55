import { z } from 'zod';
import { NonEmptyText } from '../common';
import { templateSchema } from '../template';
import { ASPECT_KEYS } from '../profile-aspects';
import { PLACE_IDS, STANCE_IDS } from '../condition';
import { CARE_LEVELS } from '../mdx-tag-props';

/**
 * A word for every id a list in code defines: the ids stay in code (the build checks content
 * against them), the words live here. A missing id fails with its own name in the path.
 */
function wordFor<T extends readonly [string, ...string[]]>(ids: T, what: string) {
  const word = z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is missing: every ${what} needs its words here (${ids.join(', ')})`
          : undefined,
    })
    .trim()
    .min(1, 'must not be empty');
  return z.record(z.enum(ids), word);
}

const AspectWordsSchema = z.strictObject(
  { label: NonEmptyText, help: NonEmptyText },
  {
    error: (issue) =>
      issue.input === undefined
        ? `is missing: every aspect in lib/schemas/profile-aspects.ts needs a label and a help line here`
        : undefined,
  },
);

/**
 * Labels the code shows for ids it defines (content/site-text.yaml `labels:`): each aspect of a
 * therapy profile, places and guideline stances, care-card levels, and why a choice of therapies
 * to compare could not be used.
 */
export const LabelsTextSchema = z.strictObject({
  /** Each comparison row's name and the line under it, keyed by aspect id. */
  aspects: z.record(z.enum(ASPECT_KEYS), AspectWordsSchema),
  /** The "What people use it for" cell: how many problems it lists. */
  usesCell: z.strictObject({ one: templateSchema('count'), many: templateSchema('count') }),
  places: wordFor(PLACE_IDS, 'place'),
  stances: wordFor(STANCE_IDS, 'guideline stance'),
  /** The word a care card's heading starts with, per level ("Urgent advice:"). */
  careLevels: wordFor(CARE_LEVELS, 'care level'),
  /** What a quoted profile cell comes from, in its caption ("Acupuncture profile, …"). */
  profileQuote: NonEmptyText,
  /** Why /compare could not use a choice of therapies; the page shows every therapy instead. */
  choiceProblems: z.strictObject({
    tooLong: NonEmptyText,
    unreadable: NonEmptyText,
    malformed: NonEmptyText,
    unknown: templateSchema('slug'),
    known: templateSchema('names'),
    twice: templateSchema('name'),
    tooFew: templateSchema('count'),
  }),
});

export type LabelsText = z.infer<typeof LabelsTextSchema>;
export type AspectWords = LabelsText['aspects'];

/** Every sentence of the labels a reader may see, for the reading-grade check. */
export const labelsProse = (text: LabelsText): string[] => [
  ...Object.values(text.aspects).map((aspect) => aspect.help),
  ...Object.values(text.choiceProblems),
];
