import { z } from 'zod';
import { NonEmptyText } from '../common';
import { templateSchema } from '../template';

/**
 * Why a feedback answer was refused. The code is what the API answers, tests and scripts check;
 * the reader sees the sentence content/site-text.yaml gives it (`interface.feedback.problems`).
 */
export const FEEDBACK_PROBLEMS = [
  'cross-site',
  'too-large',
  'wrong-type',
  'bad-encoding',
  'unknown-page',
  'missing-answer',
  'comment-too-long',
  'honeypot',
  'rate-limited',
  'unavailable',
] as const;

export type FeedbackProblem = (typeof FEEDBACK_PROBLEMS)[number];

/** A refusal's sentence; without one the reader would be told nothing. */
const ProblemSentence = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: write the sentence a reader sees when an answer is refused for this reason'
        : 'must be a sentence',
  })
  .trim()
  .min(1, 'must not be empty');

/** One sentence per refusal code, each required, and none for a code the site does not have. */
const FeedbackProblemsSchema = z.strictObject(
  Object.fromEntries(FEEDBACK_PROBLEMS.map((code) => [code, ProblemSentence])) as Record<
    FeedbackProblem,
    typeof ProblemSentence
  >,
);

/** The "Is this page useful?" form, its thank-you and the page that explains a refusal. */
const FeedbackTextSchema = z.strictObject({
  heading: NonEmptyText,
  yes: NonEmptyText,
  no: NonEmptyText,
  commentLabel: NonEmptyText,
  commentHint: NonEmptyText,
  privacyLink: NonEmptyText,
  send: NonEmptyText,
  sending: NonEmptyText,
  /** The label of the field robots fill in and people never see. */
  honeypotLabel: NonEmptyText,
  thanksHeading: NonEmptyText,
  thanksBody: NonEmptyText,
  backToPage: NonEmptyText,
  backHome: NonEmptyText,
  problemHeading: NonEmptyText,
  problems: FeedbackProblemsSchema,
});

/**
 * What a source's page calls the places that use it ("Pages that use this source", and under
 * each quote the statements resting on it), where a place is not simply an article's title.
 */
const CitingPlacesTextSchema = z.strictObject({
  home: NonEmptyText,
  compare: NonEmptyText,
  compareRow: templateSchema('aspect', 'therapy'),
  glossaryTerm: templateSchema('term'),
  /** The helper's warning-sign questions, as a place statements rest on. */
  helperWarnings: NonEmptyText,
  /** One of the helper's answers, named by what it is about. */
  helperAnswer: templateSchema('about'),
  helperAbout: z.strictObject({
    notSure: NonEmptyText,
    seeDoctor: NonEmptyText,
    warningSign: templateSchema('sign'),
  }),
});

/**
 * Words of the site's frame and services that belong to no one page (content/site-text.yaml
 * `interface:`): the tagline, the feedback form, and how source pages name the pages that cite them.
 */
export const InterfaceTextSchema = z.strictObject({
  /** What the site is, in a line: after its name in a tab's title and on every sharing card. */
  tagline: NonEmptyText,
  feedback: FeedbackTextSchema,
  citingPlaces: CitingPlacesTextSchema,
  /** A glossary term's other names in the search index, so a search for one finds the term. */
  alsoCalled: templateSchema('aliases'),
  /** The glossary's name in its structured data. */
  glossaryName: templateSchema('site'),
  /** The plain-text answer to a request refused before any page is made (proxy.ts). */
  refusals: z.strictObject({ wrongMethod: NonEmptyText, badEncoding: NonEmptyText }),
  /** What a phone shows when the site is added to its home screen (app/manifest.ts). */
  manifest: z.strictObject({ name: NonEmptyText, description: NonEmptyText }),
});

export type InterfaceText = z.infer<typeof InterfaceTextSchema>;
export type FeedbackText = InterfaceText['feedback'];
export type CitingPlacesText = InterfaceText['citingPlaces'];
export type RefusalText = InterfaceText['refusals'];

/** Every sentence of the interface words a reader may see, for the reading-grade check. */
export const interfaceProse = (text: InterfaceText): string[] => [
  text.tagline,
  text.manifest.description,
  text.feedback.commentHint,
  text.feedback.thanksBody,
  ...Object.values(text.feedback.problems),
];
