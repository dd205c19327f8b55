import {
  SAFETY_IDS,
  SEEING_IDS,
  WANT_IDS,
  type QuestionKey,
  type SafetyId,
  type SeeingId,
} from '../schemas/text/helper-text';

/**
 * The fixed questions of the decision helper, as ids. Their words live in content/site-text.yaml
 * (`helper.questions`). "What is bothering you" takes its choices from the condition files (see
 * `botherChoices`), so a new condition file adds a choice on its own; the warning signs come from
 * content/warning-signs.yaml.
 */
export { SAFETY_IDS, SEEING_IDS, WANT_IDS };
export type { QuestionKey, SafetyId, SeeingId };

export const OTHER_BOTHER = 'other';

/**
 * The word a profile's practitioners cell must contain for "I already see one" to count. It is
 * matched against the profile's own (English) words, so it is logic, not a label.
 */
export const PROFESSION_MATCH: Record<SeeingId, string | null> = {
  'physical-therapist': 'physical therapist',
  neither: null,
};

/**
 * Choices the helper used to offer, which old shared links may still carry. Such a link still
 * works: the answer is left out with a note (content: `helper.problems.retired`), not called
 * damaged. "A chiropractor" went because no profile or source says chiropractors offer either
 * therapy, so it never changed an answer.
 */
export const RETIRED_CHOICES = { seeing: ['chiropractor'] } as const;
export type RetiredQuestion = keyof typeof RETIRED_CHOICES;
export type RetiredChoice = (typeof RETIRED_CHOICES)[RetiredQuestion][number];

export interface BotherChoice {
  id: string;
  label: string;
}

/** Every condition file, in the order given, then "something else" in the words given. */
export function botherChoices(
  conditions: readonly { slug: string; name: string }[],
  otherLabel: string,
): BotherChoice[] {
  return [
    ...conditions.map((condition) => ({ id: condition.slug, label: condition.name })),
    { id: OTHER_BOTHER, label: otherLabel },
  ];
}
