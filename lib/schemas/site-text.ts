import { z } from 'zod';
import { citationList, type QuoteIndex } from './citation';
import { NonEmptyText } from './common';
import { checkReviewDates, reviewFields, type ReviewContext } from './review';

/**
 * The health words the site shows outside its articles (content/site-text.yaml). A passage with
 * `cite` states a fact and names the quotes that back it; one without is general safety advice.
 * Warning signs and their care cards live in content/warning-signs.yaml.
 */
export function makeSiteTextSchema(context: ReviewContext & { quotes: QuoteIndex }) {
  const cite = citationList(context.quotes);
  const passage = z.strictObject({ text: NonEmptyText, cite: cite.optional() });
  const claim = z.strictObject({ text: NonEmptyText, cite });

  return z
    .strictObject({
      ...reviewFields,
      reminders: z.strictObject({ 'not-sure': passage, 'see-doctor': passage }),
      helperHints: z.strictObject({ safety: NonEmptyText, warning: NonEmptyText }),
      disclaimer: z.strictObject({ short: NonEmptyText, full: NonEmptyText }),
      homeShortAnswer: z.array(claim).min(1, 'must say the short answer in at least one passage'),
      overdueNotice: z.strictObject({ title: NonEmptyText, text: NonEmptyText }),
    })
    .superRefine((doc, ctx) => {
      checkReviewDates(doc, ctx, context);
    });
}

export type SiteText = z.infer<ReturnType<typeof makeSiteTextSchema>>;
export type Passage = SiteText['reminders']['see-doctor'];

/** Every sentence of the file a reader may see, for the reading-grade check. */
export function siteTextProse(text: SiteText): string {
  const passages = [...Object.values(text.reminders), ...text.homeShortAnswer].map(
    (passage) => passage.text,
  );
  return [
    ...passages,
    text.helperHints.safety,
    text.helperHints.warning,
    text.disclaimer.short,
    text.disclaimer.full,
    text.overdueNotice.title,
    text.overdueNotice.text,
  ].join('\n\n');
}
