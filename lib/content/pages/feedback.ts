import type { FeedbackText } from '../../schemas/text/interface-text';
import { getSiteText } from '../store';

/** Every word of the feedback service: the form, the thank-you and each refusal's sentence. */
export const loadFeedbackWords = (): FeedbackText => getSiteText().interface.feedback;

/**
 * The words the form at the foot of a page shows. Of the refusals only "unavailable" is needed in
 * the page: for the others the server's reply carries its own sentence.
 */
export function formWordsOf(words: FeedbackText) {
  return {
    heading: words.heading,
    yes: words.yes,
    no: words.no,
    commentLabel: words.commentLabel,
    commentHint: words.commentHint,
    privacyLink: words.privacyLink,
    send: words.send,
    sending: words.sending,
    honeypotLabel: words.honeypotLabel,
    thanksHeading: words.thanksHeading,
    thanksBody: words.thanksBody,
    unavailable: words.problems.unavailable,
  };
}

/** The feedback form's words, for the routes whose pages end with it. */
export const feedbackFormWords = () => formWordsOf(loadFeedbackWords());

export type FeedbackFormWords = ReturnType<typeof formWordsOf>;
