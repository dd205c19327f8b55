/**
 * The fixed questions of the decision helper. "What is bothering you" is not here: its choices come
 * from the condition files (see `botherChoices`), so a new condition file adds a choice on its own.
 * Nor are the warning signs: they are health words, so they live in content/site-text.yaml.
 */

export const OTHER_BOTHER = 'other';

/** The answer's heading: JavaScript moves focus here after an in-place update. */
export const ANSWER_HEADING_ID = 'helper-answer';

export const WANT_CHOICES = [
  { id: 'targeted', label: 'Targeted relief for a specific muscle problem' },
  { id: 'whole-body', label: 'A whole-body approach' },
  { id: 'not-sure', label: 'I am not sure' },
] as const;

export const SEEING_CHOICES = [
  {
    id: 'physical-therapist',
    label: 'Yes, a physical therapist',
    profession: 'physical therapist',
  },
  { id: 'neither', label: 'No', profession: null },
] as const;

/** Ids match the `cautions.items` ids in the profiles, except needle fear, which every needling shares. */
export const SAFETY_CHOICES = [
  { id: 'pregnancy', label: 'I am or might be pregnant' },
  { id: 'bleeding-risk', label: 'I take blood thinners or have a bleeding disorder' },
  {
    id: 'pacemaker',
    label: 'I have a pacemaker or another implanted device, such as a defibrillator',
  },
  { id: 'needle-fear', label: 'I have a strong fear of needles' },
] as const;

export type WantId = (typeof WANT_CHOICES)[number]['id'];
export type SeeingId = (typeof SEEING_CHOICES)[number]['id'];
export type SafetyId = (typeof SAFETY_CHOICES)[number]['id'];

export const QUESTION_LABELS = {
  bother: 'What is bothering you?',
  want: 'What would you like?',
  seeing: 'Do you already see a physical therapist?',
  safety: 'Do any of these apply to you?',
  warning: 'Do you have any of these warning signs?',
} as const;

export type QuestionKey = keyof typeof QUESTION_LABELS;

/**
 * Choices the helper used to offer, which old shared links may still carry. Such a link still
 * works: the answer is left out with this note, not called damaged. "A chiropractor" went because
 * no profile or source says chiropractors offer either therapy, so it never changed an answer.
 */
export const RETIRED_CHOICES: Partial<Record<QuestionKey, Readonly<Record<string, string>>>> = {
  seeing: {
    chiropractor:
      'We no longer ask if you see a chiropractor, because our sources do not say whether chiropractors offer either therapy. We left that answer out.',
  },
};

export interface BotherChoice {
  id: string;
  label: string;
}

/** Every condition file, in the order given, then "something else". */
export function botherChoices(
  conditions: readonly { slug: string; name: string }[],
): BotherChoice[] {
  return [
    ...conditions.map((condition) => ({ id: condition.slug, label: condition.name })),
    { id: OTHER_BOTHER, label: 'Something else, or I am not sure' },
  ];
}
