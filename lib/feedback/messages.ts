// Every word the feedback form and its answers show, in one place. None of it is medical.

export const FEEDBACK_TEXT = {
  heading: 'Is this page useful?',
  yes: 'Yes',
  no: 'No',
  commentLabel: 'What was missing or wrong? (optional)',
  commentHint:
    'Up to 500 characters. Please do not include your name, contact details or anything about your own health. We cannot reply to you.',
  send: 'Send',
  sending: 'Sending…',
  honeypotLabel: 'Leave this field empty',
  thanksHeading: 'Thank you for your answer',
  thanksBody: 'We read every answer. It helps us see which pages need work.',
  backToPage: 'Go back to the page you were reading',
  backHome: 'Go to the home page',
  problemHeading: 'We could not take your answer',
  privacyLink: 'What we keep',
} as const;

/** Why an answer was refused: the reader sees the sentence, tests and scripts use the code. */
export const FEEDBACK_PROBLEMS = {
  'cross-site': 'This form can only be sent from a page on this site.',
  'too-large': 'Your answer was too long to send. Keep your comment under 500 characters.',
  'wrong-type': 'Your answer was not sent as a form. Use the form on the page.',
  'bad-encoding': 'Your answer contained characters we could not read. Please type it again.',
  'unknown-page':
    'We do not know the page this answer is about. Go back to the page and try again.',
  'missing-answer': 'Choose Yes or No to say whether the page was useful.',
  'comment-too-long': 'Your comment is too long. Keep it to 500 characters or fewer.',
  honeypot: 'A field that should stay empty was filled in, so we did not save your answer.',
  'rate-limited':
    'You have sent several answers in a short time. Please wait a minute and try again.',
  unavailable: 'We could not save your answer, please try later.',
} as const;

export type FeedbackProblem = keyof typeof FEEDBACK_PROBLEMS;
