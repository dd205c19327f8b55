import { z } from 'zod';
import { IdSchema } from '../schemas/common';
import type { LabelsText } from '../schemas/text/labels-text';
import { fillText } from '../site/fill-template';

type ChoiceProblemText = LabelsText['choiceProblems'];

/** What the page needs to know about each therapy to check a request against it. */
export interface TherapyChoice {
  slug: string;
  name: string;
}

/**
 * What was wrong with a request, by kind; the page says it in content's words
 * (content/site-text.yaml `labels.choiceProblems`, see `choiceProblemSentences`).
 */
export type ChoiceProblem =
  | { kind: 'tooLong' | 'unreadable' | 'malformed' }
  | { kind: 'unknown'; slug: string }
  | { kind: 'known'; names: string[] }
  | { kind: 'twice'; name: string }
  | { kind: 'tooFew'; count: number };

export interface TherapySelection {
  /** The therapies to show as columns, in the order asked for (all of them when nothing valid was asked). */
  slugs: string[];
  /** What was wrong with the request; empty when it was fine. */
  problems: ChoiceProblem[];
}

/** Longer than any sensible request: stops a huge address from costing work to read. */
export const MAX_SELECTION_LENGTH = 400;
export const MIN_COLUMNS = 2;

/** `?therapies=` as Next.js hands it over: absent, once, or repeated (a checkbox form repeats it). */
const RawTherapiesParam = z.union([z.string(), z.array(z.string())]).optional();

/**
 * What is wrong with the therapies a visitor asked to compare. A problem never carries a value
 * that is not a well-formed slug, so no markup from the address reaches the page.
 */
function choiceProblems(
  values: readonly string[],
  choices: readonly TherapyChoice[],
): ChoiceProblem[] {
  if (values.join(',').length > MAX_SELECTION_LENGTH) return [{ kind: 'tooLong' }];
  const names = new Map(choices.map((choice) => [choice.slug, choice.name]));
  const problems: ChoiceProblem[] = [];
  const wellFormed = values.filter((value) => IdSchema.safeParse(value).success);
  if (wellFormed.length < values.length) problems.push({ kind: 'malformed' });
  for (const slug of new Set(wellFormed.filter((value) => !names.has(value)))) {
    problems.push({ kind: 'unknown', slug });
  }
  if (problems.length > 0)
    problems.push({ kind: 'known', names: choices.map((choice) => choice.name) });
  for (const slug of new Set(
    wellFormed.filter((value, index) => wellFormed.indexOf(value) !== index),
  )) {
    problems.push({ kind: 'twice', name: names.get(slug) ?? slug });
  }
  // Only worth saying when nothing else is wrong: otherwise it hides the real mistake.
  if (problems.length === 0 && new Set(wellFormed).size < MIN_COLUMNS) {
    problems.push({ kind: 'tooFew', count: MIN_COLUMNS });
  }
  return problems;
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
  if (!raw.success) return { slugs: all, problems: [{ kind: 'unreadable' }] };
  if (raw.data === undefined) return { slugs: all, problems: [] };
  const values = (Array.isArray(raw.data) ? raw.data : [raw.data])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const problems = choiceProblems(values, choices);
  return problems.length > 0 ? { slugs: all, problems } : { slugs: values, problems: [] };
}

/** The problems as the plain sentences the page shows, in content's words. */
export function choiceProblemSentences(
  problems: readonly ChoiceProblem[],
  words: ChoiceProblemText,
): string[] {
  return problems.map((problem) => {
    switch (problem.kind) {
      case 'unknown':
        return fillText(words.unknown, { slug: problem.slug });
      case 'known':
        return fillText(words.known, { names: problem.names.join(', ') });
      case 'twice':
        return fillText(words.twice, { name: problem.name });
      case 'tooFew':
        return fillText(words.tooFew, { count: String(problem.count) });
      default:
        return words[problem.kind];
    }
  });
}
