import { z } from 'zod';
import { citationList, type QuoteIndex } from './citation';
import { IdSchema, NonEmptyText } from './common';
import { checkReviewDates, reviewFields, type ReviewContext } from './review';
import { templateSchema } from './template';

/** Words for each page's list of changes, the /changes page and the /changes.xml feed. */
export const ChangeLogTextSchema = z.strictObject({
  heading: NonEmptyText,
  seeAll: NonEmptyText,
  /** The name the changes to content/site-text.yaml itself are listed under. */
  siteText: NonEmptyText,
  kinds: z.strictObject({ correction: NonEmptyText, update: NonEmptyText, new: NonEmptyText }),
  footerLink: NonEmptyText,
  page: z.strictObject({
    title: NonEmptyText,
    description: NonEmptyText,
    intro: NonEmptyText,
    feedLink: NonEmptyText,
  }),
  feed: z.strictObject({ title: NonEmptyText, author: NonEmptyText }),
});

/** Words for the line that says what checks a page has had; the page fills in the {slots}. */
export const ReviewMetaTextSchema = z.strictObject({
  editorial: templateSchema('date'),
  clinical: templateSchema('name', 'credentials', 'date'),
  clinicalScope: templateSchema('scope'),
  noClinical: templateSchema(),
  howWeCheck: templateSchema(),
  nextReviewDue: templateSchema(),
  readingTime: templateSchema(),
  readingTimeValue: templateSchema('minutes', 'grade'),
});

export type ChangeLogText = z.infer<typeof ChangeLogTextSchema>;
export type ReviewMetaText = z.infer<typeof ReviewMetaTextSchema>;

/** How soon a warning sign needs care: now (emergency) or before any needling (urgent). */
export const WarningLevelSchema = z.enum(['emergency', 'urgent']);

/** A sentence with a {name} slot that the page fills in; without the slot the fact would be lost. */
function templateWith(slot: string) {
  return NonEmptyText.refine(
    (text) => text.includes(`{${slot}}`),
    `must contain {${slot}}, where the page puts the ${slot}`,
  );
}

/**
 * The health words the site shows outside its articles (content/site-text.yaml). A passage with
 * `cite` states a fact and names the quotes that back it; one without is general safety advice.
 */
export function makeSiteTextSchema(context: ReviewContext & { quotes: QuoteIndex }) {
  const cite = citationList(context.quotes);
  const passage = z.strictObject({ text: NonEmptyText, cite: cite.optional() });
  const claim = z.strictObject({ text: NonEmptyText, cite });
  const card = z.strictObject({ title: NonEmptyText, body: z.array(passage).min(1) });

  return z
    .strictObject({
      ...reviewFields,
      reasons: z.record(IdSchema, claim),
      warningSigns: z
        .array(
          z.strictObject({
            id: IdSchema,
            label: NonEmptyText,
            level: WarningLevelSchema,
            /** The id of the entry in `reasons` that says why this sign matters. */
            reason: IdSchema,
            cite,
          }),
        )
        .min(1, 'must list at least one warning sign'),
      careCards: z.strictObject({ emergency: card, urgent: card }),
      reminders: z.strictObject({ 'not-sure': passage, 'see-doctor': passage }),
      helperHints: z.strictObject({ safety: NonEmptyText, warning: NonEmptyText }),
      disclaimer: z.strictObject({ short: NonEmptyText, full: NonEmptyText }),
      homeShortAnswer: z.array(claim).min(1, 'must say the short answer in at least one passage'),
      /** The home page's opening words: what the site is and which of its words have sources. */
      homeIntro: NonEmptyText,
      overdueNotice: z.strictObject({ title: NonEmptyText, text: NonEmptyText }),
      /** How /sources and reference lists say when a source is from and where we read its words. */
      sourceDetails: z.strictObject({
        year: templateWith('year'),
        yearApproximate: templateWith('year'),
        seenInCopy: templateWith('host'),
      }),

      changeLog: ChangeLogTextSchema,
      reviewMeta: ReviewMetaTextSchema,
    })
    .superRefine((doc, ctx) => {
      const seen = new Set<string>();
      doc.warningSigns.forEach((sign, index) => {
        if (seen.has(sign.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['warningSigns', index, 'id'],
            message: `"${sign.id}" is listed twice`,
          });
        }
        seen.add(sign.id);
        const reason = doc.reasons[sign.reason];
        if (!reason) {
          ctx.addIssue({
            code: 'custom',
            path: ['warningSigns', index, 'reason'],
            message: `unknown reason "${sign.reason}": use one of ${Object.keys(doc.reasons).join(', ')}, or add it under reasons`,
          });
          return;
        }
        // The care card shows the reason's sources, not each sign's: a sign may only rest on
        // sources its reason also cites, so a reader can follow every sign to its source.
        const shown = new Set(reason.cite.map((ref) => ref.source));
        sign.cite.forEach((ref, refIndex) => {
          if (!shown.has(ref.source)) {
            ctx.addIssue({
              code: 'custom',
              path: ['warningSigns', index, 'cite', refIndex, 'source'],
              message: `"${ref.source}" is not cited by the reason "${sign.reason}", so the care card would not show it: cite a quote of ${ref.source} in that reason too`,
            });
          }
        });
      });
      checkReviewDates(doc, ctx, context);
    });
}

export type SiteText = z.infer<ReturnType<typeof makeSiteTextSchema>>;
export type WarningSign = SiteText['warningSigns'][number];
export type WarningLevel = z.infer<typeof WarningLevelSchema>;
export type Passage = SiteText['reminders']['see-doctor'];

/** Every sentence of the file a reader may see, for the reading-grade check. */
export function siteTextProse(text: SiteText): string {
  const passages = [
    ...Object.values(text.reasons),
    ...text.careCards.emergency.body,
    ...text.careCards.urgent.body,
    ...Object.values(text.reminders),
    ...text.homeShortAnswer,
  ].map((passage) => passage.text);
  return [
    ...text.warningSigns.map((sign) => `${sign.label}.`),
    text.careCards.emergency.title,
    text.careCards.urgent.title,
    ...passages,
    text.homeIntro,
    text.helperHints.safety,
    text.helperHints.warning,
    text.disclaimer.short,
    text.disclaimer.full,
    text.overdueNotice.title,
    text.overdueNotice.text,
    text.changeLog.page.intro,
    text.changeLog.page.description,
    ...text.changes.map((change) => change.text),
  ].join('\n\n');
}
