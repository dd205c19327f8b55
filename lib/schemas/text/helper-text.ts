import { z } from 'zod';
import { NonEmptyText } from '../common';
import { templateSchema } from '../template';

/**
 * The helper's fixed answer ids. The code reads answers by these ids (they are in shared links);
 * content/site-text.yaml `helper:` gives each its words, and must give words for every one.
 */
export const WANT_IDS = ['targeted', 'whole-body', 'not-sure'] as const;
export const SEEING_IDS = ['physical-therapist', 'neither'] as const;
/** Ids match the `cautions.items` ids in the profiles, except needle fear, which every needling shares. */
export const SAFETY_IDS = ['pregnancy', 'bleeding-risk', 'pacemaker', 'needle-fear'] as const;
export const QUESTION_KEYS = ['bother', 'want', 'seeing', 'safety', 'warning'] as const;
/** The approaches a profile can take (profile.approach); "not sure" is not one. */
export const APPROACH_IDS = ['targeted', 'whole-body'] as const;

export type SeeingId = (typeof SEEING_IDS)[number];
export type SafetyId = (typeof SAFETY_IDS)[number];
export type QuestionKey = (typeof QUESTION_KEYS)[number];

/** Words for each id of a list, every id required and no other. */
const wordsFor = <const T extends readonly string[]>(ids: T) =>
  z.strictObject(
    Object.fromEntries(ids.map((id) => [id, NonEmptyText])) as {
      [K in T[number]]: typeof NonEmptyText;
    },
  );

const question = { legend: NonEmptyText, hint: NonEmptyText.optional() };

/** The questions a reader answers, with the words of each answer. */
const HelperQuestionsSchema = z.strictObject({
  bother: z.strictObject({ ...question, other: NonEmptyText }),
  want: z.strictObject({ ...question, choices: wordsFor(WANT_IDS) }),
  seeing: z.strictObject({ ...question, choices: wordsFor(SEEING_IDS) }),
  safety: z.strictObject({ ...question, choices: wordsFor(SAFETY_IDS) }),
  warning: z.strictObject(question),
});

/** What the page says about answers in a link that it could not use. */
const HelperProblemsSchema = z.strictObject({
  heading: NonEmptyText,
  unreadable: NonEmptyText,
  several: templateSchema('question'),
  repeated: templateSchema('question'),
  notAChoice: templateSchema('value', 'question'),
  damaged: templateSchema('question'),
  /** Choices the helper used to offer, by question and id: why an old link's answer is left out. */
  retired: z.strictObject({ seeing: z.strictObject({ chiropractor: NonEmptyText }) }),
});

/** The sentences the answer is made of; the decision names which, the page fills the {slots}. */
const HelperAnswerSchema = z.strictObject({
  heading: NonEmptyText,
  prompt: NonEmptyText,
  toldHeading: NonEmptyText,
  told: z.strictObject({
    bother: templateSchema('answer'),
    want: templateSchema('answer'),
    seeing: templateSchema('answer'),
    warning: templateSchema('answer'),
  }),
  careToldUs: NonEmptyText,
  conditionWarnings: templateSchema('condition'),
  verdict: z.strictObject({
    one: templateSchema('therapy'),
    several: templateSchema('therapies'),
    open: NonEmptyText,
  }),
  notDiagnosis: NonEmptyText,
  reasons: z.strictObject({
    approach: templateSchema('wanted', 'therapy', 'approach'),
    approachWords: wordsFor(APPROACH_IDS),
    provider: templateSchema('profession', 'therapy'),
    professions: z.strictObject({ 'physical-therapist': NonEmptyText }),
  }),
  /** What each quoted profile cell is called in its caption. */
  quoteLabels: z.strictObject({
    focus: NonEmptyText,
    practitioners: NonEmptyText,
    technique: NonEmptyText,
  }),
  others: templateSchema('therapy'),
  fullComparison: NonEmptyText,
  cautionsHeading: NonEmptyText,
  notListed: templateSchema('therapy'),
  questionsHeading: NonEmptyText,
  questions: z.strictObject({
    license: NonEmptyText,
    treatCondition: templateSchema('condition'),
    insurance: NonEmptyText,
    askProvider: templateSchema('profession', 'therapies'),
    safety: wordsFor(SAFETY_IDS),
    sessions: NonEmptyText,
  }),
  printedList: templateSchema('link'),
  printedListLink: NonEmptyText,
  seeDoctorHeading: NonEmptyText,
  /** How a list of therapies is joined: "A and B", "A or B". */
  and: NonEmptyText,
  or: NonEmptyText,
});

/** The research for a chosen problem, shown inside the answer. */
const HelperFindingsSchema = z.strictObject({
  heading: templateSchema('condition'),
  quoteKind: NonEmptyText,
  readMore: templateSchema('therapy'),
  compareAll: templateSchema('condition'),
});

/** Every word of the "which is right for me" helper (content/site-text.yaml `helper:`). */
export const HelperTextSchema = z.strictObject({
  title: NonEmptyText,
  description: NonEmptyText,
  intro: z.strictObject({
    lead: NonEmptyText,
    privacy: NonEmptyText,
    guide: templateSchema('guide'),
  }),
  form: z.strictObject({
    heading: NonEmptyText,
    headingAgain: NonEmptyText,
    optional: NonEmptyText,
    submit: NonEmptyText,
    startAgain: NonEmptyText,
    finding: NonEmptyText,
    updated: NonEmptyText,
  }),
  questions: HelperQuestionsSchema,
  problems: HelperProblemsSchema,
  answer: HelperAnswerSchema,
  findings: HelperFindingsSchema,
});

export type HelperText = z.infer<typeof HelperTextSchema>;

/** Every sentence of the helper a reader may see, for the reading-grade check. */
export function helperProse(text: HelperText): string[] {
  const { intro, questions, problems, answer, findings } = text;
  return [
    text.description,
    intro.lead,
    intro.privacy,
    questions.bother.hint ?? '',
    problems.unreadable,
    problems.retired.seeing.chiropractor,
    answer.prompt,
    answer.notDiagnosis,
    ...Object.values(answer.questions.safety),
    answer.questions.license,
    answer.questions.insurance,
    answer.questions.sessions,
    findings.readMore,
  ].filter((line) => line !== '');
}
