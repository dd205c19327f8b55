import { z } from 'zod';
import { NonEmptyText } from '../common';
import { templateSchema } from '../template';

/** A page's title and the line search engines and sharing cards show under it. */
const PageMetaSchema = z.strictObject({ title: NonEmptyText, description: NonEmptyText });

/** The words of the frame every page shares: skip link, header, footer, breadcrumbs. */
const ChromeTextSchema = z.strictObject({
  /** The description search engines show for a page that gives none of its own. */
  siteDescription: NonEmptyText,
  skipLink: NonEmptyText,
  mainNav: NonEmptyText,
  nav: z.strictObject({
    compare: NonEmptyText,
    conditions: NonEmptyText,
    dryNeedling: NonEmptyText,
    acupuncture: NonEmptyText,
    helper: NonEmptyText,
    glossary: NonEmptyText,
  }),
  search: NonEmptyText,
  footerNav: NonEmptyText,
  noTracking: NonEmptyText,
  footerLinks: z.strictObject({
    about: NonEmptyText,
    sources: NonEmptyText,
    glossary: NonEmptyText,
  }),
  breadcrumb: NonEmptyText,
  home: NonEmptyText,
  /** The alt text of a page's sharing card. */
  cardAlt: NonEmptyText,
});

/** The drawing of where the needles go, on /compare and each therapy's key facts. */
const NeedleIllustrationTextSchema = z.strictObject({
  title: NonEmptyText,
  description: NonEmptyText,
  dryNeedling: NonEmptyText,
  triggerPoint: NonEmptyText,
  tautBand: NonEmptyText,
  acupuncture: NonEmptyText,
  meridian: NonEmptyText,
});

const HomeTextSchema = z.strictObject({
  heading: NonEmptyText,
  shortAnswer: NonEmptyText,
  problemsIntro: NonEmptyText,
  glance: z.strictObject({
    heading: NonEmptyText,
    caption: NonEmptyText,
    fullLink: NonEmptyText,
    fullLinkAfter: NonEmptyText,
    /** In a cell of the short table: the ratings themselves are on the condition pages. */
    ratingsLink: NonEmptyText,
  }),
  therapies: NonEmptyText,
  guides: NonEmptyText,
  card: z.strictObject({ alt: NonEmptyText, summary: NonEmptyText }),
});

const NotFoundTextSchema = z.strictObject({
  title: NonEmptyText,
  heading: NonEmptyText,
  intro: NonEmptyText,
  home: NonEmptyText,
  compare: NonEmptyText,
  conditions: NonEmptyText,
  search: NonEmptyText,
});

/** /conditions, each /conditions/[slug] page, and the evidence map they share with the home page. */
const ConditionsTextSchema = z.strictObject({
  meta: PageMetaSchema,
  /** The breadcrumb name of /conditions, and the heading of its list. */
  crumb: NonEmptyText,
  intro: NonEmptyText,
  mapHeading: NonEmptyText,
  mapIntro: NonEmptyText,
  mapCaption: NonEmptyText,
  mapProblem: NonEmptyText,
  ratingLink: NonEmptyText,
  condition: z.strictObject({
    eyebrow: NonEmptyText,
    title: templateSchema('condition', 'therapies'),
    warningHeading: NonEmptyText,
    sideBySide: NonEmptyText,
    oneScale: NonEmptyText,
    caption: templateSchema('therapies', 'condition'),
    therapyHeading: templateSchema('therapy'),
    noStudies: templateSchema('therapy', 'condition'),
    readAbout: templateSchema('therapy'),
    allProblems: NonEmptyText,
    compareAll: NonEmptyText,
  }),
  /** The rows of a condition's side-by-side table (the cost row uses the comparison's words). */
  rows: z.strictObject({
    research: z.strictObject({ label: NonEmptyText, help: NonEmptyText }),
    guidelines: z.strictObject({ label: NonEmptyText, help: NonEmptyText }),
    sessions: z.strictObject({ label: NonEmptyText, help: NonEmptyText }),
  }),
  noCoverage: NonEmptyText,
  noSessions: NonEmptyText,
});

/** /compare, its pairs, the page that explains a choice it could not use, and the key facts box. */
const CompareTextSchema = z.strictObject({
  title: templateSchema('therapies'),
  description: templateSchema('therapies'),
  intro: NonEmptyText,
  problemLead: NonEmptyText,
  problemAfter: NonEmptyText,
  disclaimer: NonEmptyText,
  choiceProblem: NonEmptyText,
  showingAll: NonEmptyText,
  noChoice: NonEmptyText,
  caption: templateSchema('therapies'),
  pairCrumb: templateSchema('first', 'second'),
  readMore: NonEmptyText,
  and: NonEmptyText,
  sourcesLead: NonEmptyText,
  sourcesLink: NonEmptyText,
  chooser: z.strictObject({
    legend: NonEmptyText,
    first: NonEmptyText,
    second: NonEmptyText,
    submit: NonEmptyText,
    seeAll: NonEmptyText,
  }),
  keyFacts: z.strictObject({
    heading: NonEmptyText,
    compareLink: NonEmptyText,
    conditionsLink: NonEmptyText,
  }),
});

const GlossaryTextSchema = z.strictObject({
  meta: PageMetaSchema,
  intro: NonEmptyText,
  alsoCalled: NonEmptyText,
  sources: NonEmptyText,
});

/** The about page's frame; its words are in content/pages/about.mdx. */
const AboutTextSchema = z.strictObject({
  crumb: NonEmptyText,
  /** What the page says where the corrections address goes: {email} is the address. */
  email: templateSchema('email'),
  emailSubject: NonEmptyText,
  /** Shown instead when this copy of the site has no inbox that mail can reach. */
  noInbox: NonEmptyText,
});

/**
 * The words of the site's own pages outside the article and helper routes (content/site-text.yaml,
 * `pages:`): home, not found, health problems, compare, glossary, about, and the frame around them.
 */
export const PagesTextSchema = z.strictObject({
  chrome: ChromeTextSchema,
  home: HomeTextSchema,
  notFound: NotFoundTextSchema,
  conditions: ConditionsTextSchema,
  compare: CompareTextSchema,
  needles: NeedleIllustrationTextSchema,
  glossary: GlossaryTextSchema,
  about: AboutTextSchema,
});

export type PagesText = z.infer<typeof PagesTextSchema>;
export type CompareText = PagesText['compare'];
export type NeedleIllustrationText = PagesText['needles'];

/** Every sentence of the section a reader may see, for the reading-grade check. */
export function pagesTextProse(text: PagesText): string[] {
  return [
    text.home.problemsIntro,
    text.notFound.intro,
    text.conditions.intro,
    text.conditions.mapIntro,
    text.compare.intro,
    text.compare.disclaimer,
    text.compare.noChoice,
    text.needles.description,
    text.glossary.intro,
  ];
}
