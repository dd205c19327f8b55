import { z } from 'zod';
import { citationList, type QuoteIndex } from './citation';
import { NonEmptyText } from './common';
import { checkReviewDates, reviewFields, type ReviewContext } from './review';
import { templateSchema } from './template';
import { EvidenceTextSchema, evidenceProse } from './text/evidence-text';
import { SourcesTextSchema, sourcesTextProse } from './text/sources-text';
import { HelperTextSchema, helperProse } from './text/helper-text';
import { SearchTextSchema, searchProse } from './text/search-text';
import { PagesTextSchema, pagesTextProse } from './text/pages-text';
import { InterfaceTextSchema, interfaceProse } from './text/interface-text';
import { LabelsTextSchema, labelsProse } from './text/labels-text';

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

/**
 * Words for the printable pack a clinician reviews a page with (`npm run review-pack`). Headings and
 * labels only: every fact in the pack comes from the page's own content.
 */
export const ReviewPackTextSchema = z.strictObject({
  documentTitle: templateSchema('title'),
  intro: NonEmptyText,
  page: z.strictObject({
    route: NonEmptyText,
    file: NonEmptyText,
    lastReviewed: NonEmptyText,
    nextReviewDue: NonEmptyText,
  }),
  history: z.strictObject({
    heading: NonEmptyText,
    reviews: NonEmptyText,
    editorial: templateSchema('date'),
    clinical: templateSchema('name', 'credentials', 'date', 'scope'),
    changes: NonEmptyText,
    noChanges: NonEmptyText,
  }),
  quote: z.strictObject({
    source: NonEmptyText,
    publisher: NonEmptyText,
    link: NonEmptyText,
    confidence: NonEmptyText,
    checked: NonEmptyText,
    seenAt: NonEmptyText,
    missing: NonEmptyText,
  }),
  claims: z.strictObject({
    heading: NonEmptyText,
    intro: NonEmptyText,
    none: NonEmptyText,
    field: NonEmptyText,
  }),
  warnings: z.strictObject({
    heading: NonEmptyText,
    intro: NonEmptyText,
    none: NonEmptyText,
    urgency: NonEmptyText,
    action: NonEmptyText,
    setIntro: NonEmptyText,
  }),
  ratings: z.strictObject({
    heading: NonEmptyText,
    intro: NonEmptyText,
    none: NonEmptyText,
    rating: NonEmptyText,
    finding: templateSchema('number'),
    notReviewed: NonEmptyText,
    noneFound: NonEmptyText,
    noQuote: NonEmptyText,
    fields: z.strictObject({
      comparison: NonEmptyText,
      direction: NonEmptyText,
      size: NonEmptyText,
      certainty: NonEmptyText,
      duration: NonEmptyText,
    }),
  }),
  signOff: z.strictObject({
    heading: NonEmptyText,
    intro: NonEmptyText,
    name: NonEmptyText,
    credentials: NonEmptyText,
    date: NonEmptyText,
    scope: NonEmptyText,
    signature: NonEmptyText,
    changesRequested: NonEmptyText,
    yamlHeading: NonEmptyText,
    yamlIntro: NonEmptyText,
    /** What the YAML shows until the editor writes the real values in. */
    placeholders: z.strictObject({
      date: NonEmptyText,
      nextReviewDue: NonEmptyText,
      name: NonEmptyText,
      credentials: NonEmptyText,
      scope: NonEmptyText,
    }),
  }),
});

export type ChangeLogText = z.infer<typeof ChangeLogTextSchema>;
export type ReviewPackText = z.infer<typeof ReviewPackTextSchema>;
export type ReviewMetaText = z.infer<typeof ReviewMetaTextSchema>;

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
      disclaimer: z.strictObject({
        short: NonEmptyText,
        full: NonEmptyText,
        /** The one wording for "research findings, not a promise", wherever findings are shown. */
        findings: NonEmptyText,
      }),
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
      reviewPack: ReviewPackTextSchema,
      evidence: EvidenceTextSchema,
      sources: SourcesTextSchema,
      helper: HelperTextSchema,
      search: SearchTextSchema,
      pages: PagesTextSchema,
      interface: InterfaceTextSchema,
      labels: LabelsTextSchema,
    })
    .superRefine((doc, ctx) => {
      checkReviewDates(doc, ctx, context);
    });
}

export type SiteText = z.infer<ReturnType<typeof makeSiteTextSchema>>;

/** Every sentence of the file a reader may see, for the reading-grade check. */
export function siteTextProse(text: SiteText): string {
  const passages = [...Object.values(text.reminders), ...text.homeShortAnswer].map(
    (passage) => passage.text,
  );
  return [
    ...passages,
    text.homeIntro,
    text.helperHints.safety,
    text.helperHints.warning,
    text.disclaimer.short,
    text.disclaimer.full,
    text.disclaimer.findings,
    ...helperProse(text.helper),
    ...searchProse(text.search),
    ...pagesTextProse(text.pages),
    ...labelsProse(text.labels),
    text.overdueNotice.title,
    text.overdueNotice.text,
    text.changeLog.page.intro,
    text.changeLog.page.description,
    ...text.changes.map((change) => change.text),
    ...evidenceProse(text.evidence),
    ...sourcesTextProse(text.sources),
    ...interfaceProse(text.interface),
  ].join('\n\n');
}
